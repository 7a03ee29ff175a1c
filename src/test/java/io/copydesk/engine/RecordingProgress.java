package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

/** A {@link Progress} that records every stage: its name, the total it announced, the steps reported, whether it finished. */
public final class RecordingProgress implements Progress {
    /** One stage as it ran. */
    public static final class Stage {
        public final String name;
        /** The total announced at the start, plus the steps found while the stage ran ({@link #extended}). */
        public long total;
        /** Steps added to the total while the stage ran. */
        public long extended;
        /** Counted in bytes ({@link Progress#startBytes}). */
        public boolean bytes;
        long done;
        boolean finished;

        Stage(String name, long total) {
            this.name = name;
            this.total = total;
        }

        public long done() {
            return done;
        }

        @Override
        public String toString() {
            return name + " " + done + "/" + total + (bytes ? " bytes" : "") + (finished ? "" : " (not finished)");
        }
    }

    private final List<Stage> stages = new ArrayList<>();

    @Override
    public synchronized void start(String task, long total) {
        if (!stages.isEmpty() && !stages.getLast().finished) stages.getLast().finished = true; // a new stage ends the last
        stages.add(new Stage(task, total));
    }

    @Override
    public synchronized void startBytes(String task, long totalBytes) {
        start(task, totalBytes);
        stages.getLast().bytes = true;
    }

    @Override
    public synchronized void extend(long n) {
        assertFalse(stages.isEmpty(), "extend before any stage started");
        assertTrue(n >= 0, "a total only grows: " + n);
        stages.getLast().total += n;
        stages.getLast().extended += n;
    }

    @Override
    public synchronized void advance(long n) {
        assertFalse(stages.isEmpty(), "advance before any stage started");
        stages.getLast().done += n;
    }

    @Override
    public synchronized void finish() {
        if (!stages.isEmpty()) stages.getLast().finished = true;
    }

    public synchronized List<Stage> stages() {
        return List.copyOf(stages);
    }

    public synchronized List<String> names() {
        return stages.stream().map(s -> s.name).toList();
    }

    /**
     * Every stage announced a total (so a terminal shows count, rate and ETA, never a bare clock)
     * and reported exactly that many steps by its end (so the rate and ETA were true).
     */
    public synchronized void assertEveryStageCountedToItsTotal(String where) {
        assertFalse(stages.isEmpty(), where + ": no stage");
        for (Stage s : stages) {
            assertTrue(s.total >= 0, where + ": stage " + s.name + " has no total (a clock only): " + stages);
            assertEquals(s.total, s.done, where + ": stage " + s.name + " ended short of or past its total: " + stages);
        }
    }
}
