package dev.crosscheck.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnionFindTest {

    @Test
    void aSetIsNamedByItsSmallestMemberWhateverTheOrderOfUnions() {
        UnionFind u = new UnionFind(6);
        u.union(5, 3);
        u.union(3, 4);
        u.union(4, 1);
        assertEquals(1, u.find(5));
        assertEquals(1, u.find(3));
        assertEquals(0, u.find(0));
        assertEquals(2, u.find(2));
        u.union(2, 0);
        assertEquals(0, u.find(2));
        assertEquals(1, u.find(4));
    }

    @Test
    void theSameUnionsInReverseOrderNameTheSetsTheSame() {
        UnionFind u = new UnionFind(6);
        u.union(4, 1);
        u.union(3, 4);
        u.union(5, 3);
        u.union(2, 0);
        for (int i = 0; i < 6; i++) {
            assertEquals(new int[] {0, 1, 0, 1, 1, 1}[i], u.find(i), "member " + i);
        }
    }
}
