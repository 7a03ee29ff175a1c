/**
 * copydesk: finds duplicate and related news stories. Each exported package is one stage of the
 * data flow (document → analysis → fingerprint → minhash/lsh → verify → engine, tfidf → cluster),
 * plus the persistent index, evaluation, the article generator and the HTML report.
 * {@code io.copydesk.engine.NewsCollection} is the entry point for articles held in memory.
 *
 * <p>SQLite (for {@code io.copydesk.index}) and picocli (for the command line) are optional:
 * a program that only uses the in-memory engine needs neither.
 */
module io.copydesk {
    requires org.apache.opennlp.tools;
    // OpenNLP is an automatic module, which declares no dependencies: its logging API must be required here
    requires org.slf4j;
    requires smile.base;
    requires java.management; // the heap's pools (HeapCompaction)
    requires transitive java.sql; // the index API throws SQLException
    requires static org.xerial.sqlitejdbc;
    requires static info.picocli;

    exports io.copydesk.analysis;
    exports io.copydesk.analysis.opennlp;
    exports io.copydesk.cluster;
    exports io.copydesk.document;
    exports io.copydesk.engine;
    exports io.copydesk.eval;
    exports io.copydesk.fingerprint;
    exports io.copydesk.generate;
    exports io.copydesk.hash;
    exports io.copydesk.index;
    exports io.copydesk.lsh;
    exports io.copydesk.minhash;
    exports io.copydesk.report;
    exports io.copydesk.tfidf;
    exports io.copydesk.verify;

    // picocli fills the commands' option fields by reflection
    opens io.copydesk.cli to info.picocli;
    opens io.copydesk.cli.eval to info.picocli;
    opens io.copydesk.cli.index to info.picocli;
    opens io.copydesk.cli.options to info.picocli;
}
