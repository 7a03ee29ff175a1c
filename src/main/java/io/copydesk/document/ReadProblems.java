package io.copydesk.document;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects bad records while reading: each is reported as one line ({@code file:line: problem})
 * and skipped, or, when strict, the first one stops the run with a {@link BadInputException}.
 * The first {@value #SHOWN} problems of one kind in one file are printed; the rest are counted, and
 * {@link #printOmitted} tells how many more there were (a binary file, or a file given twice, would
 * otherwise print a line for every line or record it holds).
 * Thread-confined: records decoded on other threads report to a {@linkplain #recorder() recorder},
 * replayed here in input order, so messages and the strict stop come as from one reader.
 */
public final class ReadProblems {
    /** Problems of one kind in one file printed before the rest are only counted. */
    public static final int SHOWN = 20;

    private final PrintWriter err;
    private final boolean strict;
    private final List<Event> recorded; // non-null for a recorder
    private long read;
    private long skipped;
    private final java.util.Set<String> noted = new java.util.HashSet<>();
    // per file, kind of problem and whether it skips ("file\nkind\nskips"): how many came; those past SHOWN, in the order they came
    private final java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    private final java.util.Map<String, Omitted> omitted = new java.util.LinkedHashMap<>();
    // each problem text's kind: most bad records of a file repeat one text ({} after {}: "record has no "id""), whose
    // masking by regular expressions cost 15 times the reading of good records
    private final java.util.Map<String, String> kinds = new java.util.HashMap<>();

    /** Problems of one kind in one file that were not printed. */
    private record Omitted(String file, String kind, boolean skips, long[] count) {}

    public ReadProblems(PrintWriter err, boolean strict) {
        this(err, strict, null);
    }

    private ReadProblems(PrintWriter err, boolean strict, List<Event> recorded) {
        this.err = err;
        this.strict = strict;
        this.recorded = recorded;
    }

    /** A sink that keeps what it is told, in order, for {@link #replay} on the reporting thread. */
    static ReadProblems recorder() {
        return new ReadProblems(null, false, new ArrayList<>(0));
    }

    /** One thing a recorder was told: a skip, a warning, a note, a record read, or a failure that stops reading. */
    record Event(char kind, String location, String problem, RuntimeException failure) {}

    /** A record read, the one event of nearly every record: one instance, and one list of it, for all. */
    private static final Event READ = new Event('r', null, null, null);
    private static final List<Event> JUST_READ = List.of(READ);

    /** A sink that stays silent (for a second pass over input already checked). */
    public static ReadProblems silent() {
        return new ReadProblems(null, false);
    }

    /** Reports a skipped record. */
    public void skip(String location, String problem) {
        if (recorded != null) { recorded.add(new Event('s', location, problem, null)); return; }
        skipped++;
        if (strict) throw new BadInputException(location + ": " + problem);
        if (err != null && shown(location, problem, true)) err.println(location + ": " + problem + " (skipped)");
    }

    /** Reports a warning that does not skip the record. */
    public void warn(String location, String problem) {
        if (recorded != null) { recorded.add(new Event('w', location, problem, null)); return; }
        if (strict) throw new BadInputException(location + ": " + problem);
        if (err != null && shown(location, problem, false)) err.println(location + ": " + problem);
    }

    /** Whether a problem is among the first {@link #SHOWN} of its kind in its file; else it is counted as omitted. */
    private boolean shown(String location, String problem, boolean skips) {
        if (kinds.size() > 4096) kinds.clear(); // texts that name ids each differ: kept to a bounded number
        String file = fileOf(location), kind = kinds.computeIfAbsent(problem, ReadProblems::kind);
        String key = file + "\n" + kind + "\n" + skips;
        if (seen.merge(key, 1, Integer::sum) <= SHOWN) return true;
        omitted.computeIfAbsent(key, k -> new Omitted(file, kind, skips, new long[1])).count()[0]++;
        return false;
    }

    /** The file of a location: {@code x.jsonl} of {@code x.jsonl:12}, a whole file's location as it is. */
    private static String fileOf(String location) {
        int colon = location.lastIndexOf(':'), i = colon + 1;
        while (i < location.length() && location.charAt(i) >= '0' && location.charAt(i) <= '9') i++;
        return colon >= 0 && i == location.length() && i > colon + 1 ? location.substring(0, colon) : location;
    }

    /**
     * The kind of a problem: its text with what differs from record to record masked, which is what it names: an id
     * ("repeated id X", "record X has", "of X is not"), a quoted value, a number (a size, a column, a line; not the 8
     * of UTF-8).
     */
    static String kind(String problem) {
        String kind = problem;
        for (int i = 0; i < MASKS.length; i++) kind = MASKS[i].matcher(kind).replaceAll(MASKED[i]);
        return kind;
    }

    private static final java.util.regex.Pattern[] MASKS = java.util.stream.Stream.of("^repeated id [^ ]+", "^record [^ ]+ has",
            " of [^ ]+ is not", "'[^']*'", "\"[^\"]*\"", "(?<![A-Za-z-])[0-9][0-9,.]*").map(java.util.regex.Pattern::compile)
            .toArray(java.util.regex.Pattern[]::new);
    private static final String[] MASKED = {"repeated id ...", "record ... has", " of ... is not", "'...'", "\"...\"", "..."};

    /**
     * Prints, once the reading is over, how many problems of each kind in each file were not printed:
     * {@code copydesk: x.jsonl: 11,470 more: invalid UTF-8 (skipped)}.
     */
    public void printOmitted() {
        if (err == null) return;
        for (Omitted o : omitted.values()) {
            err.println(String.format(java.util.Locale.ROOT, "copydesk: %s: %,d more: %s%s", o.file(), o.count()[0], o.kind(),
                    o.skips() ? " (skipped)" : ""));
        }
        omitted.clear();
    }

    /**
     * Reports something worth knowing that recurs record after record (a field read under another name): printed the
     * first time its text comes, at that record, never again in the run; never fatal.
     */
    public void noteOnce(String location, String problem) {
        if (recorded != null) { recorded.add(new Event('n', location, problem, null)); return; }
        if (noted.add(problem) && err != null) err.println(location + ": " + problem);
    }

    void countRead() {
        if (recorded != null) recorded.add(READ);
        else read++;
    }

    /** Records a failure of the reading itself; replayed, it is thrown after the problems before it. */
    void fail(RuntimeException failure) {
        recorded.add(new Event('x', null, null, failure));
    }

    /** What this recorder was told since the last call, in order (and forgets it). */
    List<Event> take() {
        if (recorded.isEmpty()) return List.of();
        List<Event> out = recorded.size() == 1 && recorded.getFirst() == READ ? JUST_READ : List.copyOf(recorded);
        recorded.clear();
        return out;
    }

    /** Reports recorded events here, in order; throws a recorded failure, or the first problem when strict. */
    void replay(List<Event> events) {
        for (int i = 0; i < events.size(); i++) { // by index: an iterator a record (nearly always of one event) was 2% of reading's allocation
            Event e = events.get(i);
            switch (e.kind()) {
                case 's' -> skip(e.location(), e.problem());
                case 'w' -> warn(e.location(), e.problem());
                case 'n' -> noteOnce(e.location(), e.problem());
                case 'r' -> countRead();
                default -> throw e.failure();
            }
        }
    }

    public long read() {
        return read;
    }

    public long skipped() {
        return skipped;
    }

    /** {@code skipped 2 of 1,204 records}, or null when nothing was skipped. */
    public String summary() {
        return skipped == 0 ? null : String.format(java.util.Locale.ROOT, "skipped %,d of %,d records", skipped, read);
    }
}
