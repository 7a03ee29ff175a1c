package io.copydesk.generate;

import java.time.LocalDate;

/**
 * One news event: what every article about it shares. Related articles repeat its names, numbers
 * and story words in their own sentences; a distractor twin ({@link #twin}) is an event of the same
 * kind with other names, and a storyline of its own; a follow-up ({@link #followUp}) keeps every
 * name and belongs to the same storyline, days or months later.
 *
 * @param storyline  the id of the storyline (the id of its first event)
 * @param people     full names, "First Last"
 * @param surnames   the surname of each person, for repeated mentions
 * @param roles      the role of each person ("governor")
 * @param numbers    figures the coverage quotes, already formatted
 * @param storyWords rarer words peculiar to this story
 */
record Event(String id, String storyline, EventKind kind, LocalDate date, String[] people, String[] surnames, String[] roles,
             String[] places, String[] orgs, String[] numbers, String[] storyWords) {

    static Event create(String id, EventKind kind, LocalDate date, Lexicon lex, Rng rng) {
        int n = rng.between(2, 4);
        String[] people = new String[n];
        String[] surnames = new String[n];
        String[] roles = new String[n];
        for (int i = 0; i < n; i++) {
            surnames[i] = rng.pick(lex.surnames);
            people[i] = rng.pick(lex.firstNames) + " " + surnames[i];
            roles[i] = rng.pick(kind.roles);
        }
        String[] places = new String[rng.between(1, 3)];
        for (int i = 0; i < places.length; i++) places[i] = placeName(lex, rng);
        String[] orgs = new String[rng.between(1, 3)];
        for (int i = 0; i < orgs.length; i++) orgs[i] = rng.pick(lex.orgNames) + " " + rng.pick(kind.orgSuffixes);
        String[] story = new String[rng.between(6, 10)];
        for (int i = 0; i < story.length; i++) story[i] = rareWord(lex, rng);
        return new Event(id, id, kind, date, people, surnames, roles, places, orgs, numbers(rng), story);
    }

    /**
     * A same-kind event elsewhere (another quake, another summit): the kind's vocabulary and roles,
     * but new people, places, organizations, figures and story words, so it is a storyline of its
     * own. (An event that keeps the names months later is another round of the same storyline, see
     * {@link #followUp}.)
     */
    Event twin(String twinId, LocalDate twinDate, Lexicon lex, Rng rng) {
        Event other = create(twinId, kind, twinDate, lex, rng);
        return new Event(twinId, twinId, kind, twinDate, other.people, other.surnames, other.roles, other.places, other.orgs,
                other.numbers, other.storyWords);
    }

    /**
     * A later event of the same storyline: every name kept, new figures, a third of the story words
     * new (the inquiry after the quake, the sentencing after the verdict, the next round of talks).
     */
    Event followUp(String followId, LocalDate followDate, Lexicon lex, Rng rng) {
        String[] story = storyWords.clone();
        for (int i = 0; i < story.length; i += 3) story[i] = rareWord(lex, rng);
        return new Event(followId, storyline, kind, followDate, people.clone(), surnames.clone(), roles.clone(), places, orgs,
                numbers(rng), story);
    }

    /** A word outside the most frequent ranks, so that it marks the story. */
    private static String rareWord(Lexicon lex, Rng rng) {
        return lex.contentWord(rng.between(800, Lexicon.CONTENT_WORDS - 1));
    }

    private static String placeName(Lexicon lex, Rng rng) {
        String root = rng.pick(lex.placeNames);
        return switch (rng.nextInt(8)) {
            case 0 -> "Port " + root;
            case 1 -> root + " City";
            case 2 -> "North " + root;
            default -> root;
        };
    }

    private static String[] numbers(Rng rng) {
        String[] out = new String[rng.between(3, 6)];
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < out.length; i++) {
            sb.setLength(0);
            switch (rng.nextInt(4)) {
                case 0 -> sb.append(rng.between(2, 99));
                case 1 -> sb.append(rng.between(100, 999));
                case 2 -> sb.append(rng.between(1, 99)).append(',').append(rng.between(100, 999));
                default -> sb.append(rng.between(1, 20)).append('.').append(rng.between(1, 9));
            }
            out[i] = sb.toString();
        }
        return out;
    }
}
