package io.copydesk.spark;

import org.apache.spark.SparkConf;

/**
 * Settings for running in one JVM (the launcher's local mode and the tests). The executor's
 * heartbeat to its own driver is pointless there, and on a loaded machine Spark 4.2's heartbeat
 * thread was seen to die (a NullPointerException reading a SQL accumulator), after which the
 * driver drops the only executor 120 s later and the run fails; a long interval and timeout keep a
 * local run alive. Clusters keep Spark's defaults.
 */
final class LocalMode {
    static final String HEARTBEAT_INTERVAL = "spark.executor.heartbeatInterval";
    static final String NETWORK_TIMEOUT = "spark.network.timeout";
    static final String HEARTBEAT = "1h";
    static final String TIMEOUT = "24h";

    private LocalMode() {}

    static void configure(SparkConf conf) {
        if (!conf.contains(HEARTBEAT_INTERVAL)) conf.set(HEARTBEAT_INTERVAL, HEARTBEAT);
        if (!conf.contains(NETWORK_TIMEOUT)) conf.set(NETWORK_TIMEOUT, TIMEOUT);
    }
}
