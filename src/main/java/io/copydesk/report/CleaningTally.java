package io.copydesk.report;

import io.copydesk.analysis.Span;
import io.copydesk.fingerprint.Fingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds up, per outlet, how much page furniture analysis removed. Not thread-safe: feed it in input order. */
public final class CleaningTally {
    /** An empty tally. */
    public CleaningTally() {}

    /** What one article lost to cleaning; computed on worker threads, added on one. */
    public record Removed(String outlet, long bodyChars, long removedChars, int removedLines) {
        public static Removed of(Fingerprint f) {
            long removed = 0;
            for (Span s : f.removed()) removed += s.end() - s.start();
            return new Removed(outletName(f.source()), f.length(), removed, f.removed().size());
        }
    }

    private final Map<String, long[]> byOutlet = new TreeMap<>();

    public void add(Removed r) {
        long[] t = byOutlet.computeIfAbsent(r.outlet(), k -> new long[4]);
        t[0]++;
        t[1] += r.bodyChars();
        t[2] += r.removedChars();
        t[3] += r.removedLines();
    }

    /** Outlets in name order. */
    public List<ReportInput.OutletCleaning> outlets() {
        List<ReportInput.OutletCleaning> out = new ArrayList<>();
        byOutlet.forEach((name, t) -> out.add(new ReportInput.OutletCleaning(name, (int) t[0], t[1], t[2], t[3])));
        return out;
    }

    /** The name a report shows for an article's source: "(no source)" when it has none. */
    public static String outletName(String source) {
        return source == null || source.isBlank() ? "(no source)" : source;
    }
}
