package dev.crosscheck.pipeline;

import dev.crosscheck.finding.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A finding's id (its baseline key) survives edits that do not touch its claims: a paragraph moved
 * and an unrelated sentence rewritten leave it as it was, while its line moves.
 */
class FindingIdStabilityTest {

    private static final Path SET = Path.of("src/test/resources/corpus/numbers/flood");

    private static Finding injured(CheckResult r) {
        List<Finding> found = r.findings().stream().filter(f -> f.rule().equals("count-conflict")
                && (f.a().value() + f.b().value()).contains("injured")).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static int lineInA(Finding f) {
        return f.a().source().equals("a.txt") ? f.a().line() : f.b().line();
    }

    @Test
    void movingAParagraphAndEditingAnUnrelatedSentenceKeepTheId() throws IOException {
        String a = Files.readString(SET.resolve("a.txt"));
        String b = Files.readString(SET.resolve("b.txt"));
        Finding before = injured(TestPipeline.check(a, b));

        List<String> lines = new ArrayList<>(a.lines().toList());
        int injuredLine = lines.indexOf(lines.stream().filter(l -> l.contains("1,200 people were injured"))
                .findFirst().orElseThrow());
        String paragraph = lines.remove(injuredLine);
        lines.add(lines.size() - 5, paragraph); // moved below the rescue and dam paragraphs
        int rescue = lines.indexOf(lines.stream().filter(l -> l.startsWith("Rescue teams")).findFirst().orElseThrow());
        lines.set(rescue, "Rescue teams worked through the night to reach survivors in the old town.");
        String edited = String.join("\n", lines) + "\n";
        assertNotEquals(a, edited);

        Finding after = injured(TestPipeline.check(edited, b));
        assertEquals(before.id(), after.id());
        assertNotEquals(lineInA(before), lineInA(after), "the paragraph did move");
    }
}
