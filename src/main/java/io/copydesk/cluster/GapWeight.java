package io.copydesk.cluster;

/** The weight a time gap (in seconds) gives a pair of articles: 1 for no gap, 0 for too far apart. */
@FunctionalInterface
public interface GapWeight {
    double of(long gapSeconds);
}
