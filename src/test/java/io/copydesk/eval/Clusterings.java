package io.copydesk.eval;

/** Test helper: clusterings written as {@code "a b c | d e | f"} (clusters split by '|'). */
final class Clusterings {
    private Clusterings() {}

    static Clustering parse(String clusters) {
        Clustering.Builder builder = Clustering.builder();
        if (clusters.isBlank()) return builder.build();
        String[] groups = clusters.split("\\|");
        for (int g = 0; g < groups.length; g++) {
            for (String item : groups[g].trim().split("\\s+")) {
                if (!builder.add(item, "c" + g)) throw new IllegalArgumentException("item " + item + " twice");
            }
        }
        return builder.build();
    }
}
