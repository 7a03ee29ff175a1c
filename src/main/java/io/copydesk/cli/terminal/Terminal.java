package io.copydesk.cli.terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** What copydesk needs to know about the terminal: whether stdout and stderr are one, and its width. */
public final class Terminal {
    /** Width assumed when a terminal does not say. */
    static final int DEFAULT_WIDTH = 80;

    private Terminal() {}

    public static boolean stdoutIsTerminal() {
        java.io.Console c = System.console();
        return c != null && c.isTerminal();
    }

    /**
     * True when stderr is a terminal, whatever stdout is (progress shows while results go to a
     * pipe or a file). Linux tells through /proc; elsewhere stdout's answer stands in.
     */
    static boolean stderrIsTerminal() {
        if (System.getenv("CI") != null) return false;
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return stdoutIsTerminal();
    }

    /** Columns of the terminal: $COLUMNS when set, else what stty reports, else 80. */
    public static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{1,4}") && Integer.parseInt(columns) >= 20) return Integer.parseInt(columns);
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/tty")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String[] rowsCols = new String(p.getInputStream().readAllBytes()).trim().split("\\s+");
            if (p.waitFor(1, TimeUnit.SECONDS) && rowsCols.length == 2 && rowsCols[1].matches("\\d+") && Integer.parseInt(rowsCols[1]) >= 20) {
                return Integer.parseInt(rowsCols[1]);
            }
        } catch (IOException e) {
            // no stty or no /dev/tty: assume the default
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return DEFAULT_WIDTH;
    }

    /** Columns the closing summary lines on stderr keep within, whatever the terminal: they also go to logs. */
    public static final int SUMMARY_WIDTH = 80;

    /**
     * A summary line for stderr in lines of at most {@link #SUMMARY_WIDTH} columns: {@code
     * "copydesk: "} and the text, broken between words, each further line indented two spaces, so
     * nothing wraps mid-word on an 80-column terminal and every word is kept.
     */
    public static String summary(String text) {
        return wrap("copydesk: " + text, SUMMARY_WIDTH - 1, "  ");
    }

    /** {@code n} with thousands separators and the noun, plural unless n is 1: "1 article", "1,024 articles". */
    public static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    /** {@code n} with thousands separators and {@code one} or {@code many}: "1 story", "2 stories". */
    public static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /**
     * {@code text} broken between words into lines of at most {@code width} code points, lines after
     * the first starting with {@code indent}; a word longer than a line stands alone on its line. A
     * unit of one or two letters after a number ({@code 16.8 s}, {@code 240 MB}) moves with it: a
     * line never starts with a bare unit.
     */
    static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String piece : unbreakable(text.strip().split(" +"))) {
            int length = piece.codePointCount(0, piece.length());
            if (column > 0 && column + 1 + length > width) {
                out.append(System.lineSeparator()).append(indent);
                column = indent.length();
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(piece);
            column += length;
        }
        return out.toString();
    }

    /** The words, with each short unit joined to the number before it (joined by one space). */
    private static List<String> unbreakable(String[] words) {
        List<String> pieces = new ArrayList<>(words.length);
        for (String word : words) {
            int last = pieces.size() - 1;
            if (last >= 0 && isUnit(word) && Character.isDigit(pieces.get(last).charAt(pieces.get(last).length() - 1))) {
                pieces.set(last, pieces.get(last) + " " + word);
            } else {
                pieces.add(word);
            }
        }
        return pieces;
    }

    private static boolean isUnit(String word) {
        int n = word.codePointCount(0, word.length());
        return n >= 1 && n <= 2 && word.codePoints().allMatch(Character::isLetter);
    }

    /** {@code s} cut to {@code max} characters (code points kept whole) with an ellipsis; {@code max <= 0}: no limit. */
    public static String fit(String s, int max) {
        if (max <= 0 || s.codePointCount(0, s.length()) <= max) return s;
        if (max == 1) return "\u2026";
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "\u2026";
    }
}
