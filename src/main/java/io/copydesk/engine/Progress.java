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

    void advance(long n);

    void finish();
}
