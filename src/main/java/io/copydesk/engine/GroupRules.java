package io.copydesk.engine;

import io.copydesk.analysis.ShingleSet;
import io.copydesk.internal.UnionFind;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * How duplicate pairs make groups, and which member is kept. Pairs at the Jaccard threshold join their articles'
 * groups, so copies and versions of one story chain into one group. A pair that is a duplicate by containment only
 * (a brief and the longer article that holds it) does not: the brief's group joins the one group holding an article
 * that contains it best, so a short wire item quoted by two different stories no longer makes them one group. And
 * a member contained in another is never the canonical copy while a member that is not contained exists: the copy
 * kept holds the brief, not the brief the article. The single-machine engine and the Spark job follow these rules.
 */
public final class GroupRules {
    private GroupRules() {}

    /**
     * Which of a pair by containment only is the one contained: the one with fewer shingles, of two as many the later
     * in the input ({@code a}, {@code b}: positions in the input).
     */
    public static long containedOf(long a, int sizeA, long b, int sizeB) {
        if (sizeA != sizeB) return sizeA < sizeB ? a : b;
        return Math.max(a, b);
    }

    /**
     * Whether a container group is a better one to join than the best so far: the pair's higher containment, then its
     * higher Jaccard similarity, then the group whose first article (its smallest input position) comes first.
     */
    public static boolean betterContainer(double containment, double jaccard, long first, double bestContainment, double bestJaccard,
                                          long bestFirst) {
        if (containment != bestContainment) return containment > bestContainment;
        if (jaccard != bestJaccard) return jaccard > bestJaccard;
        return first < bestFirst;
    }

    /** Whether {@code x} is kept before {@code y}: a member not contained in another first, then by the keep policy. */
    public static boolean keptBefore(ArticleMeta x, boolean xContained, ArticleMeta y, boolean yContained, Comparator<ArticleMeta> order) {
        if (xContained != yContained) return yContained;
        return order.compare(x, y) < 0;
    }

    /**
     * Joins in {@code groups} (which holds the pairs at the threshold and identical copies) each group with the best
     * other group ({@link #betterContainer}) holding an article that contains one of its members, by the pairs below
     * the Jaccard {@code threshold}; returns which articles are contained ({@link #containedOf}), by the article that
     * stands for their identical copies ({@code rep}; pairs are between such articles).
     */
    static boolean[] attach(UnionFind groups, List<DuplicatePair> pairs, double threshold, List<ShingleSet> sets, IntUnaryOperator rep) {
        int n = sets.size();
        boolean[] contained = new boolean[n];
        int[] root = new int[n], first = new int[n];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) first[root[i] = groups.find(i)] = Math.min(first[root[i]], i);
        int[] container = new int[n]; // by group root: the root of the group it joins, or -1
        Arrays.fill(container, -1);
        double[] bestContainment = new double[n], bestJaccard = new double[n];
        for (DuplicatePair p : pairs) {
            if (p.jaccard() >= threshold) continue;
            int s = (int) containedOf(p.a(), sets.get(p.a()).size(), p.b(), sets.get(p.b()).size());
            int l = s == p.a() ? p.b() : p.a();
            contained[s] = true;
            int child = root[s], parent = root[l];
            if (child == parent) continue;
            if (container[child] < 0 || betterContainer(p.containment(), p.jaccard(), first[parent],
                    bestContainment[child], bestJaccard[child], first[container[child]])) {
                container[child] = parent;
                bestContainment[child] = p.containment();
                bestJaccard[child] = p.jaccard();
            }
        }
        for (int r = 0; r < n; r++) if (container[r] >= 0) groups.union(r, container[r]);
        for (int i = 0; i < n; i++) contained[i] = contained[rep.applyAsInt(i)];
        return contained;
    }
}
