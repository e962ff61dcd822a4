package dev.crosscheck;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline reads top to bottom: a stage may use only the stages before it. */
class PackageDependenciesTest {

    /** Lowest layer first. */
    private static final List<String> LAYERS = List.of("text", "pattern", "finding", "rules", "load", "nlp", "extract",
            "resolve", "compare", "report", "pipeline", "cli");
    private static final Pattern REF = Pattern.compile("dev\\.crosscheck\\.([a-z]+)\\.");

    @Test
    void everyPackageUsesOnlyEarlierStages() throws IOException {
        Map<String, Set<String>> deps = dependencies();
        assertEquals(new TreeSet<>(LAYERS), deps.keySet(), "packages and layer list differ: update LAYERS");
        for (Map.Entry<String, Set<String>> e : deps.entrySet()) {
            int rank = LAYERS.indexOf(e.getKey());
            for (String used : e.getValue()) {
                assertTrue(LAYERS.indexOf(used) < rank, e.getKey() + " must not depend on " + used);
            }
        }
    }

    private static Map<String, Set<String>> dependencies() throws IOException {
        Path root = Path.of("src/main/java/dev/crosscheck");
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String pkg = root.relativize(f).getName(0).toString();
                Set<String> used = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REF.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return deps;
    }
}
