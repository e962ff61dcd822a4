package dev.crosscheck.finding;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintTest {

    @Test
    void theIdDoesNotDependOnWhichSideIsA() {
        assertEquals(Fingerprint.of("r", "s", "PT3H", "a.txt", "PT30M", "b.txt"),
                Fingerprint.of("r", "s", "PT30M", "b.txt", "PT3H", "a.txt"));
    }

    @Test
    void theIdChangesWithAnyComponent() {
        String base = Fingerprint.of("r", "s", "x", "a.txt", "y", "b.txt");
        assertNotEquals(base, Fingerprint.of("r2", "s", "x", "a.txt", "y", "b.txt"));
        assertNotEquals(base, Fingerprint.of("r", "s2", "x", "a.txt", "y", "b.txt"));
        assertNotEquals(base, Fingerprint.of("r", "s", "x2", "a.txt", "y", "b.txt"));
        assertNotEquals(base, Fingerprint.of("r", "s", "x", "c.txt", "y", "b.txt"));
        assertTrue(base.matches("[0-9a-f]{12}"), base);
    }
}
