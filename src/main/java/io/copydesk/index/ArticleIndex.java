package io.copydesk.index;

import io.copydesk.internal.io.IoErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * A persistent, incremental duplicate index in a folder: a SQLite database ({@value #DB_FILE}, in
 * WAL mode) and a writer lock file. Articles are added, replaced and removed in batches, each one
 * transaction; queries find an article's duplicates among everything indexed without recomputing
 * the collection. See {@link Schema} for the tables.
 *
 * <p><b>Durability.</b> Writers run with {@code journal_mode=WAL} and {@code synchronous=FULL}:
 * SQLite syncs the WAL at every commit, so a committed batch survives {@code kill -9} and power
 * loss; a batch cut off before its commit is rolled back when the index is next opened. With
 * {@code NORMAL} a power loss could undo the last commits (a kill could not), and since a commit
 * holds a whole batch of articles, one sync per batch costs little.
 *
 * <p><b>Concurrency.</b> One writer at a time ({@link WriteLock}); any number of readers, who
 * see the last committed batch while the writer works on the next.
 */
public final class ArticleIndex implements AutoCloseable {
    public static final String DB_FILE = "index.db";
    /** Page cache of a writer; band and anchor tables take random inserts, so more cache means fewer reads. */
    private static final int WRITER_CACHE_KIB = 256 * 1024;
    private static final int BUSY_TIMEOUT_MS = 30_000;

    private final Path dir;
    private final Connection connection;
    private final IndexSettings settings;
    private final WriteLock lock;
    private final StoredFingerprinter fingerprinter;

    /** Chooses the settings to use from the stored ones ({@code null} for a new index). */
    @FunctionalInterface
    public interface SettingsChoice {
        IndexSettings choose(IndexSettings stored);

        /** The stored settings, or {@code forNew} for a new index. */
        static SettingsChoice storedOr(IndexSettings forNew) {
            return stored -> stored != null ? stored : forNew;
        }
    }

    private ArticleIndex(Path dir, Connection connection, IndexSettings settings, WriteLock lock) {
        this.dir = dir;
        this.connection = connection;
        this.settings = settings;
        this.lock = lock;
        this.fingerprinter = new StoredFingerprinter(settings);
    }

    /**
     * Opens an existing index to read; {@code choice} sees the stored settings and must return them
     * unchanged (or the open fails naming both), so a caller can refuse to mix settings.
     */
    public static ArticleIndex openForReading(Path dir, SettingsChoice choice) {
        Path db = dir.resolve(DB_FILE);
        if (!Files.isRegularFile(db)) throw missing(dir);
        SQLiteConfig config = sqliteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        Connection c = connect(db, config.toProperties());
        try {
            IndexSettings stored = Schema.read(c, where(dir));
            return new ArticleIndex(dir, c, agree(dir, stored, choice.choose(stored)), null);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw failure(dir, e);
        }
    }

    /**
     * Opens an index to write, creating the folder and the index when {@code create} is true and
     * there is none. The folder's parent must exist: a missing one is most often a typo, refused as
     * an output in a missing folder is. Takes the writer lock first: a second writer fails with {@link IndexException.Kind#LOCKED}.
     */
    public static ArticleIndex openForWriting(Path dir, SettingsChoice choice, boolean create) {
        Path db = dir.resolve(DB_FILE);
        if (!Files.isRegularFile(db)) {
            if (!create) throw missing(dir);
            if (!Files.isDirectory(dir)) createFolder(dir);
        }
        WriteLock lock = WriteLock.acquire(dir);
        Connection c = null;
        try {
            SQLiteConfig config = sqliteConfig();
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setGetGeneratedKeys(false); // else the driver runs SELECT last_insert_rowid() after every insert
            c = connect(db, config.toProperties());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA cache_size=-" + WRITER_CACHE_KIB);
            }
            c.setAutoCommit(false);
            IndexSettings settings;
            if (Schema.isEmpty(c)) {
                settings = choice.choose(null);
                Schema.create(c, settings);
                c.commit();
            } else {
                IndexSettings stored = Schema.read(c, where(dir));
                c.commit();
                settings = agree(dir, stored, choice.choose(stored));
            }
            return new ArticleIndex(dir, c, settings, lock);
        } catch (SQLException | RuntimeException e) {
            if (c != null) closeQuietly(c);
            lock.close();
            throw failure(dir, e);
        }
    }

    private static IndexSettings agree(Path dir, IndexSettings stored, IndexSettings wanted) {
        List<String> diff = stored.differences(wanted);
        if (diff.isEmpty()) return stored;
        throw new IndexException(IndexException.Kind.SETTINGS, "index " + dir + " was built with other settings than asked for: "
                + String.join(", ", diff.stream().map(d -> d.replace(" vs ", " (index) vs ") + " (asked)").toList())
                + ". Use the index's settings (leave those options out) or build a new index in another folder");
    }

    /**
     * A new driver configuration, the first use of SQLite's JDBC driver: an optional dependency of copydesk's, which a
     * program using the index must add (without it the JVM's error names only a missing class).
     */
    private static SQLiteConfig sqliteConfig() {
        try {
            return new SQLiteConfig();
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("the persistent index (io.copydesk.index) needs SQLite's JDBC driver: add the dependency "
                    + "org.xerial:sqlite-jdbc:3.54.1.0 (an optional dependency of copydesk's, left out of the projects that use it)", e);
        }
    }

    private static Connection connect(Path db, Properties p) {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw new IndexException(IndexException.Kind.IO, "cannot open " + db + ": " + e.getMessage(), e);
        }
    }

    private static void createFolder(Path dir) {
        Path parent = dir.toAbsolutePath().normalize().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IndexException(IndexException.Kind.IO, "cannot create index folder " + dir + ": no such directory " + parent);
        }
        try {
            Files.createDirectory(dir);
        } catch (IOException e) {
            throw new IndexException(IndexException.Kind.IO, "cannot create index folder " + dir + ": " + IoErrors.reason(e), e);
        }
    }

    private static IndexException missing(Path dir) {
        return new IndexException(IndexException.Kind.IO, "no index in " + dir
                + " (create one with: copydesk index add --index " + dir + " INPUT...)");
    }

    static String where(Path dir) {
        return dir.resolve(DB_FILE).toString();
    }

    static IndexException failure(Path dir, Exception e) {
        if (e instanceof IndexException ie) return ie;
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("SQLITE_NOTADB") || message.contains("file is not a database")) {
            return new IndexException(IndexException.Kind.FORMAT, where(dir) + " is not a copydesk index (not a SQLite database)", e);
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("malformed")) {
            return new IndexException(IndexException.Kind.CORRUPT, where(dir) + " is damaged: " + message, e);
        }
        if (e instanceof SQLException) return new IndexException(IndexException.Kind.IO, "index " + dir + ": " + message, e);
        throw (RuntimeException) e;
    }

    public Path dir() {
        return dir;
    }

    public IndexSettings settings() {
        return settings;
    }

    public boolean writable() {
        return lock != null;
    }

    Connection connection() {
        return connection;
    }

    StoredFingerprinter fingerprinter() {
        return fingerprinter;
    }

    /** Bytes on disk: the database with its write-ahead log. */
    public long bytesOnDisk() {
        long total = 0;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Path p = dir.resolve(DB_FILE + suffix);
                if (Files.exists(p)) total += Files.size(p);
            } catch (IOException ignored) {
                // the WAL may vanish between the two calls when another connection closes
            }
        }
        return total;
    }

    /**
     * Copies the write-ahead log into the database and empties it (writers only), so the size on
     * disk is the database's own.
     */
    public void checkpoint() {
        if (lock == null) return;
        try (Statement s = connection.createStatement()) {
            connection.commit();
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw failure(dir, e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure
        }
    }

    @Override
    public void close() {
        try {
            if (!connection.getAutoCommit()) connection.rollback(); // nothing uncommitted survives
            connection.close();
        } catch (SQLException e) {
            throw failure(dir, e);
        } finally {
            if (lock != null) lock.close();
        }
    }
}
