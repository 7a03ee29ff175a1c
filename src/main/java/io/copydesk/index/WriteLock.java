package io.copydesk.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer rule of an index: a writer holds an exclusive OS lock on {@code write.lock} in
 * the index folder for as long as it runs. A second writer is refused at once with a message
 * naming the holder; readers never take it (SQLite's WAL lets them read while the writer writes).
 * The OS releases the lock when the process dies, even by {@code kill -9}, so a crashed writer
 * never leaves the index locked; the file itself stays and means nothing without the lock.
 */
final class WriteLock implements AutoCloseable {
    static final String FILE = "write.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WriteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link IndexException} ({@link IndexException.Kind#LOCKED}). */
    static WriteLock acquire(Path dir) {
        Path file = dir.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IndexException(IndexException.Kind.IO, "cannot open " + file + ": " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process (another open index)
        } catch (IOException e) {
            close(channel);
            throw new IndexException(IndexException.Kind.IO, "cannot lock " + file + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            String holder = holder(file);
            close(channel);
            throw new IndexException(IndexException.Kind.LOCKED, "index " + dir + " is being written by another process"
                    + (holder.isEmpty() ? "" : " (" + holder + ")") + "; one writer at a time: wait for it to finish and retry"
                    + " (queries without --add can run meanwhile)");
        }
        try {
            String me = "pid " + ProcessHandle.current().pid() + ", since " + java.time.Instant.now();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // The note is only for the message of a refused writer; the lock is what counts.
        }
        return new WriteLock(channel, lock);
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void close(FileChannel c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        close(channel);
    }
}
