package dev.crosscheck.finding;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessageTemplateTest {

    @Test
    void placeholdersAreFilledAndWhitespaceFolded() {
        MessageTemplate t = new MessageTemplate("{source_a} says {value_a},\n  {source_b} says {value_b}. {other}");
        assertEquals(Set.of("source_a", "value_a", "source_b", "value_b", "other"), t.placeholders());
        assertEquals("a.txt says $3, b.txt says x. {other}", t.render(Map.of("source_a", "a.txt", "value_a", "$3",
                "source_b", "b.txt", "value_b", "x")));
    }
}
