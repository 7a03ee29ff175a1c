package io.copydesk.engine;

/**
 * Article positions by id: an open-addressing table with linear probing, ids and positions in two
 * arrays. A map of boxed positions kept a node and an Integer per article alive to the end of the
 * run, which every young collection of the reading copied. Not thread-safe.
 */
final class IdIndex {
    private String[] ids = new String[64];
    private int[] positions = new int[64];
    private int size;

    /** The position of {@code id}, or -1. */
    int get(String id) {
        int mask = ids.length - 1;
        for (int i = home(id, mask); ids[i] != null; i = (i + 1) & mask) if (ids[i].equals(id)) return positions[i];
        return -1;
    }

    /** Adds {@code id} at {@code position} and returns -1, or returns the position it has and adds nothing. */
    int putIfAbsent(String id, int position) {
        int mask = ids.length - 1, i = home(id, mask);
        for (; ids[i] != null; i = (i + 1) & mask) if (ids[i].equals(id)) return positions[i];
        ids[i] = id;
        positions[i] = position;
        if (2 * ++size > ids.length) grow();
        return -1;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldPositions = positions;
        ids = new String[oldIds.length * 2];
        positions = new int[oldIds.length * 2];
        int mask = ids.length - 1;
        for (int j = 0; j < oldIds.length; j++) {
            if (oldIds[j] == null) continue;
            int i = home(oldIds[j], mask);
            while (ids[i] != null) i = (i + 1) & mask;
            ids[i] = oldIds[j];
            positions[i] = oldPositions[j];
        }
    }

    /** The id's hash, its bits mixed so that ids differing in their last chars spread over the table. */
    private static int home(String id, int mask) {
        int h = id.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
