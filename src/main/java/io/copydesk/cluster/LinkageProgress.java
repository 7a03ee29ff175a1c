package io.copydesk.cluster;

/**
 * Where a linkage reports its work, for a progress display: steps done, and steps found while it
 * runs (each merge puts new pairs of clusters up for comparison, so the work is not known before).
 * Any thread may call.
 */
public interface LinkageProgress {
    LinkageProgress NONE = new LinkageProgress() {
        @Override public void found(long n) {}
        @Override public void done(long n) {}
    };

    /** {@code n} more steps are to be done than were known so far. */
    void found(long n);

    /** {@code n} steps are done. */
    void done(long n);
}
