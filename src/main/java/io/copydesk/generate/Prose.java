package io.copydesk.generate;

import java.util.Arrays;

/**
 * Writes English-like news prose about an {@link Event}: sentences of 8-30 words that
 * alternate function and content words (a two-state chain, so "the of and" runs stay rare),
 * sprinkled with the event's topic words, story words, names and figures; some sentences are
 * attributed quotes. Hot path: no regex, no formatting, plain appends to one reused builder.
 */
final class Prose {
    private final Lexicon lex;
    private final StringBuilder sb = new StringBuilder(8192);
    private int[] ends = new int[64];
    private int endCount;

    Prose(Lexicon lex) {
        this.lex = lex;
    }

    /** A body of 3-8 paragraphs of 2-5 sentences each. */
    Story story(Event ev, Rng rng) {
        sb.setLength(0);
        endCount = 0;
        int paragraphs = rng.between(3, 8);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) sb.append('\n');
            sentences(ev, rng);
        }
        return new Story(sb.toString(), Arrays.copyOf(ends, endCount));
    }

    /** One paragraph on its own, e.g. the one an update adds. */
    String paragraph(Event ev, Rng rng) {
        sb.setLength(0);
        endCount = 0;
        sentences(ev, rng);
        return sb.toString();
    }

    private void sentences(Event ev, Rng rng) {
        int sentences = rng.between(2, 5);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) sb.append(' ');
            sentence(ev, rng);
            if (endCount == ends.length) ends = Arrays.copyOf(ends, endCount * 2);
            ends[endCount++] = sb.length();
        }
    }

    private void sentence(Event ev, Rng rng) {
        boolean quote = rng.chance(0.12);
        // Triangular around 17 words. The last item may bring 4 words more than counted on (a
        // five-word organisation) and a quote's attribution adds 2-3, so sentences keep to 8..30 words.
        int spread = rng.nextInt(10) + rng.nextInt(10);
        int length = quote ? 6 + Math.min(spread, 17) : 8 + spread;
        if (quote) sb.append('"');
        int first = sb.length();
        boolean lastWasFunction = true;
        for (int words = 0; words < length; ) {
            if (words > 0) sb.append(words < length - 1 && rng.chance(0.05) ? ", " : " ");
            int start = sb.length();
            boolean function = rng.chance(lastWasFunction ? 0.25 : 0.6);
            lastWasFunction = function;
            if (function) {
                sb.append(lex.functionWord(rng));
            } else {
                double u = rng.nextDouble();
                if (u < 0.66) sb.append(lex.contentWord(rng));
                else if (u < 0.82) sb.append(rng.pick(ev.kind().topicWords));
                else if (u < 0.89) sb.append(rng.pick(ev.storyWords()));
                else if (u < 0.96) entity(ev, rng);
                else figure(ev, rng);
            }
            words += wordsFrom(start);
        }
        sb.setCharAt(first, Character.toUpperCase(sb.charAt(first)));
        if (quote) {
            sb.append(",\" ").append(lex.reportingVerb(rng)).append(' ').append(rng.pick(ev.surnames())).append('.');
        } else {
            sb.append('.');
        }
    }

    /** Number of words appended since {@code start}. */
    private int wordsFrom(int start) {
        int words = 1;
        for (int i = start; i < sb.length(); i++) {
            if (sb.charAt(i) == ' ') words++;
        }
        return words;
    }

    private void entity(Event ev, Rng rng) {
        int which = rng.nextInt(10);
        if (which < 4) {
            int i = rng.nextInt(ev.people().length);
            switch (rng.nextInt(4)) {
                case 0 -> sb.append(ev.roles()[i]).append(' ').append(ev.people()[i]);
                case 1 -> sb.append(ev.people()[i]);
                default -> sb.append(ev.surnames()[i]);
            }
        } else if (which < 7) {
            sb.append(rng.pick(ev.places()));
        } else {
            sb.append("the ").append(rng.pick(ev.orgs()));
        }
    }

    /** A figure: mostly one of the event's, with its unit. */
    private void figure(Event ev, Rng rng) {
        if (rng.chance(0.7)) sb.append(rng.pick(ev.numbers())).append(' ').append(rng.pick(ev.kind().units));
        else sb.append(rng.between(2, 60));
    }

    /** A headline of 6-11 words led by one of the event's names. */
    String headline(Event ev, Rng rng) {
        sb.setLength(0);
        entity(ev, rng);
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        int length = rng.between(5, 10);
        for (int w = 0; w < length; w++) {
            sb.append(' ');
            int u = rng.nextInt(20);
            if (u < 7) sb.append(rng.pick(ev.kind().topicWords));
            else if (u < 13) sb.append(lex.contentWord(rng));
            else if (u < 17) sb.append(lex.functionWord(rng));
            else if (u < 19) sb.append(rng.pick(ev.storyWords()));
            else sb.append(rng.pick(ev.numbers()));
        }
        return sb.toString();
    }

    /** A short, unrelated headline as found in "Read more" link lists. */
    String linkHeadline(Rng rng) {
        sb.setLength(0);
        EventKind kind = EventKind.random(rng);
        sb.append(rng.pick(lex.placeNames));
        int length = rng.between(3, 6);
        for (int w = 0; w < length; w++) {
            sb.append(' ').append(rng.nextInt(3) == 0 ? rng.pick(kind.topicWords) : lex.contentWord(rng));
        }
        return sb.toString();
    }
}
