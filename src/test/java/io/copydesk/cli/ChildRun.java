package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How a test waits for a child process: its output is read on its own thread, so a child that
 * hangs fails the test at the timeout (and is killed) instead of hanging the whole suite in a read.
 */
record ChildRun(int exitCode, String output) {
    /** Waits up to {@code seconds} for {@code p}, reading what it writes to {@code stream} (its stdout or stderr). */
    static ChildRun finish(Process p, InputStream stream, int seconds) throws Exception {
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly().waitFor();
        String text = output.get(30, TimeUnit.SECONDS);
        assertTrue(ended, "the child did not end in " + seconds + " s; its output: " + text);
        return new ChildRun(p.exitValue(), text);
    }
}
