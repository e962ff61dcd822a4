package dev.crosscheck.text;

/**
 * Disjoint sets over {@code 0..n-1} (path halving). The root of a set is always its smallest
 * member, so group names do not depend on the order of unions: output stays deterministic.
 * Not thread-safe; one instance per computation.
 */
public final class UnionFind {

    private final int[] parent;

    public UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    /** The smallest member of {@code i}'s set. */
    public int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of {@code a} and {@code b}. */
    public void union(int a, int b) {
        int x = find(a);
        int y = find(b);
        if (x != y) {
            parent[Math.max(x, y)] = Math.min(x, y);
        }
    }
}
