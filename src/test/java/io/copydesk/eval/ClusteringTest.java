package io.copydesk.eval;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ClusteringTest {
    @Test
    void sameLabelMeansSameClusterAndNullLabelsAreSingletons() {
        Clustering.Builder b = Clustering.builder();
        assertTrue(b.add("a", "x"));
        assertTrue(b.add("b", null));
        assertTrue(b.add("c", "x"));
        assertTrue(b.add("d", null));
        Clustering c = b.build();
        assertEquals(c.clusterOf("a"), c.clusterOf("c"));
        assertNotEquals(c.clusterOf("b"), c.clusterOf("d"));
        assertNotEquals(c.clusterOf("a"), c.clusterOf("b"));
        assertEquals(3, c.clusterCount());
        assertEquals(2, c.clusterSize(c.clusterOf("a")));
        assertEquals(-1, c.clusterOf("zz"));
    }

    @Test
    void anItemIsAssignedOnlyOnce() {
        Clustering.Builder b = Clustering.builder();
        assertTrue(b.add("a", "x"));
        assertFalse(b.add("a", "y"));
        Clustering c = b.build();
        assertEquals(1, c.size());
        assertEquals(1, c.clusterCount());
    }
}
