package io.copydesk.generate;

/**
 * Edits a republished copy on word level, as sub-editors do: each word is, with probability
 * {@code rate}, substituted, followed by an inserted word, or deleted (one third each). Edits
 * land only on plain lower-case words, so capitals, names, figures and punctuation survive; an
 * edit drawn on another word waits for the next plain one, which keeps the observed rate close
 * to the requested one. Line structure is never changed.
 */
final class CopyEditor {
    private final Lexicon lex;
    private final StringBuilder sb = new StringBuilder(8192);

    CopyEditor(Lexicon lex) {
        this.lex = lex;
    }

    String edit(String text, double rate, Rng rng) {
        if (rate == 0) return text;
        sb.setLength(0);
        int pending = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != ' ' && text.charAt(end) != '\n') end++;
            if (rng.chance(rate)) pending++;
            // Deletion swallows the following space, so it needs one (a line-final word keeps its place).
            boolean spaceAfter = end < n && text.charAt(end) == ' ';
            if (pending > 0 && plain(text, i, end)) {
                pending--;
                switch (rng.nextInt(3)) {
                    case 0 -> sb.append(substitute(text, i, end, rng));
                    case 1 -> sb.append(text, i, end).append(' ').append(lex.contentWord(rng));
                    default -> {
                        if (spaceAfter) { i = end + 1; continue; }
                        sb.append(substitute(text, i, end, rng));
                    }
                }
            } else {
                sb.append(text, i, end);
            }
            if (end < n) sb.append(text.charAt(end));
            i = end + 1;
        }
        return sb.toString();
    }

    private String substitute(String text, int start, int end, Rng rng) {
        String w = lex.contentWord(rng);
        while (w.length() == end - start && text.startsWith(w, start)) w = lex.contentWord(rng);
        return w;
    }

    private static boolean plain(String text, int start, int end) {
        if (start == end) return false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }
}
