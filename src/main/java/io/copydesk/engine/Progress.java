package io.copydesk.engine;

/** Progress of a long job. Implementations must tolerate calls from several threads. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override public void start(String task, long total) {}
        @Override public void advance(long n) {}
        @Override public void finish() {}
    };

    /** Starts a task of {@code total} steps ({@code -1}: unknown). */
    void start(String task, long total);

    /**
     * As {@link #start(String, long)} for a task counted in bytes ({@code totalBytes}, or -1), such
     * as reading files: a display may show sizes and a byte rate rather than a count.
     */
    default void startBytes(String task, long totalBytes) {
        start(task, totalBytes);
    }

    void advance(long n);

    /**
     * The running task found {@code n} steps more than its total said: work known only once it is
     * under way (a linkage's merges put new pairs of clusters up for comparison). A display adds them
     * to the total; by default they are ignored.
     */
    default void extend(long n) {}

    void finish();
}
