package dev.crosscheck.rules;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Severity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a {@link RuleSet} from a directory laid out as {@code *.yaml} rule files plus
 * {@code lexicon/*.yaml}, or from the copy built into the jar.
 */
public final class RuleLoader {

    /** Classpath location of the built-in rules. */
    public static final String BUILT_IN_RESOURCE = "crosscheck/rules";
    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9-]*");

    private RuleLoader() {
    }

    /**
     * Loads rules from one directory alone (no built-in rules below it).
     *
     * @param dir   the directory
     * @param label how files are named in error messages (usually the path as the user typed it)
     */
    public static RuleSet fromDirectory(Path dir, String label) {
        return fromDirectory(dir, label, ParsedRuleCache.none());
    }

    /** As {@link #fromDirectory(Path, String)}, reading parsed files from {@code cache} when it has them. */
    public static RuleSet fromDirectory(Path dir, String label, ParsedRuleCache cache) {
        return layered(List.of(RuleFolder.of(dir, label)), cache);
    }

    /** Loads the rules shipped inside the jar (or on the test classpath). */
    public static RuleSet builtIn() {
        return layered(List.of(RuleFolder.BUILT_IN), ParsedRuleCache.none());
    }

    /**
     * Loads rule folders laid over each other, the first at the bottom ({@link RuleFolder#BUILT_IN}
     * for the rules in the jar): a rule file of a later folder with the id of an earlier one's rule
     * replaces it; a later folder's lexicon file is laid over the same file below it key by key
     * ({@link YamlNode#overlaidWith}), so a folder holds only what it adds or changes.
     *
     * @throws RuleFileException naming the file (and line) of the first problem
     */
    public static RuleSet layered(List<RuleFolder> folders, ParsedRuleCache cache) {
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("no rule folders");
        }
        List<Layer> layers = new ArrayList<>();
        for (RuleFolder f : folders) {
            layers.add(f.isBuiltIn() ? readBuiltIn(cache) : readFolder(f.dir(), f.label(), cache));
        }
        Set<String> asked = new HashSet<>();
        Map<String, YamlNode> merged = new HashMap<>();
        Function<String, YamlNode> files = name -> {
            asked.add(name);
            return merged.computeIfAbsent(name, n -> lexiconFile(layers, n));
        };
        Lexicon vocabulary = new LexiconLoader(files).load();
        Set<String> known = Set.copyOf(asked);
        Lexicon lexicon = vocabulary.withPatterns(patterns(layers, name -> {
            if (!known.contains(name)) {
                throw new RuleFileException("lexicon/" + name, 0, "unknown lexicon file");
            }
            return files.apply(name);
        }));
        for (Layer layer : layers) {
            for (String name : layer.lexicon().keySet()) {
                if (!asked.contains(name)) {
                    throw new RuleFileException(layer.label() + "/lexicon/" + name, 0,
                            "unknown lexicon file (expected one of: " + String.join(", ", new TreeSet<>(asked)) + ")");
                }
            }
        }
        Map<String, RuleDefinition> byId = new TreeMap<>();
        for (Layer layer : layers) {
            byId.putAll(layer.rules());
        }
        if (byId.isEmpty()) {
            throw new RuleFileException(layers.get(layers.size() - 1).label(), 0, "no rule files (*.yaml) found");
        }
        for (RuleDefinition r : byId.values()) {
            for (String other : r.yieldsTo()) {
                if (!byId.containsKey(other) || other.equals(r.id())) {
                    throw new RuleFileException(r.file(), r.yieldsToLine(), "yields-to names "
                            + (other.equals(r.id()) ? "the rule itself" : "no rule") + ": '" + other + "'");
                }
            }
        }
        List<String> labels = layers.stream().map(Layer::label).toList();
        String digest = layers.size() == 1 ? layers.get(0).digest() : combined(layers);
        return new RuleSet(String.join(" + ", labels), List.copyOf(byId.values()), lexicon, digest);
    }

    /**
     * The layers' pattern files ({@code patterns/ID.yaml}; a later layer's file replaces an
     * earlier one of the same name), compiled against the lexicon files {@code lexicon} gives.
     */
    private static Map<String, PatternDefinition> patterns(List<Layer> layers, Function<String, YamlNode> lexicon) {
        Map<String, YamlNode> files = new TreeMap<>();
        for (Layer layer : layers) {
            files.putAll(layer.patterns());
        }
        PatternLoader loader = new PatternLoader(lexicon);
        Map<String, PatternDefinition> out = new TreeMap<>();
        for (Map.Entry<String, YamlNode> e : files.entrySet()) {
            String id = e.getKey().substring(0, e.getKey().length() - ".yaml".length());
            out.put(id, loader.parse(e.getValue(), e.getValue().file(), id));
        }
        return out;
    }

    /** One folder as read: its rules by id, its lexicon and pattern files by name, its digest. */
    private record Layer(String label, Map<String, RuleDefinition> rules, Map<String, YamlNode> lexicon,
                         Map<String, YamlNode> patterns, String digest) {
    }

    private static Layer readBuiltIn(ParsedRuleCache cache) {
        URL url = RuleLoader.class.getClassLoader().getResource(BUILT_IN_RESOURCE);
        if (url == null) {
            throw new IllegalStateException("built-in rules missing from the classpath: " + BUILT_IN_RESOURCE);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return readLayer(fs.provider().getPath(uri), RuleFolder.BUILT_IN.label(), cache);
                }
            }
            return readLayer(Path.of(uri), RuleFolder.BUILT_IN.label(), cache);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read built-in rules: " + e.getMessage(), e);
        }
    }

    private static Layer readFolder(Path dir, String label, ParsedRuleCache cache) {
        if (!Files.isDirectory(dir)) {
            throw new RuleFileException(label, 0, "not a rule directory");
        }
        Layer layer = readLayer(dir, label, cache);
        if (layer.rules().isEmpty() && layer.lexicon().isEmpty() && layer.patterns().isEmpty()) {
            throw new RuleFileException(label, 0, "no rule files (*.yaml), no lexicon/ and no patterns/ found");
        }
        return layer;
    }

    private static Layer readLayer(Path dir, String label, ParsedRuleCache cache) {
        Map<String, YamlNode> lexicon = subfolder(dir, "lexicon", label, cache);
        Map<String, YamlNode> patterns = subfolder(dir, "patterns", label, cache);
        Map<String, RuleDefinition> rules = new TreeMap<>();
        for (Path file : ruleFiles(dir, label)) {
            String fileLabel = label + "/" + file.getFileName();
            RuleDefinition rule = parseRule(read(cache, file, fileLabel), fileLabel);
            RuleDefinition before = rules.putIfAbsent(rule.id(), rule);
            if (before != null) {
                throw new RuleFileException(fileLabel, 1, "duplicate rule id '" + rule.id() + "' (also in "
                        + before.file() + ")");
            }
        }
        return new Layer(label, rules, lexicon, patterns, digest(dir, label));
    }

    /** The parsed {@code *.yaml} files of {@code dir/sub} by file name; none when it has no such folder. */
    private static Map<String, YamlNode> subfolder(Path dir, String sub, String label, ParsedRuleCache cache) {
        Map<String, YamlNode> out = new TreeMap<>();
        Path inner = dir.resolve(sub);
        if (Files.isDirectory(inner)) {
            for (Path file : ruleFiles(inner, label + "/" + sub)) {
                String name = file.getFileName().toString();
                out.put(name, read(cache, file, label + "/" + sub + "/" + name));
            }
        }
        return out;
    }

    /** The lexicon file {@code name} of every layer that has it, laid over each other. */
    private static YamlNode lexiconFile(List<Layer> layers, String name) {
        YamlNode merged = null;
        for (Layer layer : layers) {
            YamlNode node = layer.lexicon().get(name);
            if (node != null) {
                merged = merged == null ? YamlNode.parse(node.file(), "{}").overlaidWith(node)
                        : merged.overlaidWith(node);
            }
        }
        if (merged == null) {
            throw new RuleFileException(layers.get(0).label() + "/lexicon/" + name, 0, "file is missing");
        }
        return merged;
    }

    /** {@code sha256:<hex>} over the layers' digests, in order. */
    private static String combined(List<Layer> layers) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Layer layer : layers) {
                sha.update((layer.digest() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /**
     * {@code sha256:<hex>} over the rule files and the lexicon files, sorted by their path inside the
     * directory: each contributes its path, a NUL, its length and its bytes. Line ends are normalised
     * to LF and a byte-order mark dropped first, so a checkout with CRLF line ends has the same digest.
     */
    static String digest(Path dir, String label) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<String> names = new ArrayList<>();
            for (Path f : ruleFiles(dir, label)) {
                names.add(f.getFileName().toString());
            }
            for (String sub : List.of("lexicon", "patterns")) {
                Path inner = dir.resolve(sub);
                if (Files.isDirectory(inner)) {
                    for (Path f : ruleFiles(inner, label + "/" + sub)) {
                        names.add(sub + "/" + f.getFileName());
                    }
                }
            }
            names.sort(Comparator.naturalOrder());
            for (String name : names) {
                byte[] bytes = normalise(Files.readAllBytes(dir.resolve(name)));
                sha.update((name + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new RuleFileException(label, 0, "cannot read rule files: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static byte[] normalise(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                continue;
            }
            out.write(bytes[i]);
        }
        return out.toByteArray();
    }

    private static List<Path> ruleFiles(Path dir, String label) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new RuleFileException(label, 0, "cannot list rule files: " + e.getMessage());
        }
    }

    /**
     * One YAML file as the rule files are read: strict UTF-8, a byte-order mark dropped, YAML 1.2
     * (the project settings file uses it too).
     *
     * @throws RuleFileException naming {@code label} when it is missing, unreadable or invalid
     */
    public static YamlNode readYaml(Path file, String label) {
        return read(ParsedRuleCache.none(), file, label);
    }

    private static YamlNode read(ParsedRuleCache cache, Path file, String label) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return cache.parse(label, text);
        } catch (NoSuchFileException e) {
            throw new RuleFileException(label, 0, "file is missing");
        } catch (CharacterCodingException e) {
            throw new RuleFileException(label, 0, "not valid UTF-8");
        } catch (IOException e) {
            throw new RuleFileException(label, 0, "cannot read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new RuleFileException(label, 0, "cannot read: " + e.getCause().getMessage());
        }
    }

    static RuleDefinition parseRule(YamlNode root, String label) {
        if (!root.isMap()) {
            throw root.error("a rule file is a mapping with id, kind, category, severity and message");
        }
        root.requireOnlyKeys("id", "kind", "category", "severity", "description", "message", "params", "examples",
                "yields-to");
        String id = root.get("id").asString();
        if (!RULE_ID.matcher(id).matches()) {
            throw root.get("id").error("rule id must be lower-case words joined by '-', got '" + id + "'");
        }
        YamlNode kindNode = root.get("kind");
        ComparisonKind kind = ComparisonKind.fromLabel(kindNode.asString()).orElseThrow(() -> kindNode.error(
                "unknown kind '" + kindNode.asString() + "' (expected one of: " + labels(ComparisonKind.values())
                        + ")"));
        YamlNode catNode = root.get("category");
        Category category = Category.fromLabel(catNode.asString()).orElseThrow(() -> catNode.error(
                "unknown category '" + catNode.asString() + "' (expected one of: name, spelling, title, duration, "
                        + "date, number, quote)"));
        YamlNode sevNode = root.get("severity");
        Severity severity = Severity.fromLabel(sevNode.asString()).orElseThrow(() -> sevNode.error(
                "unknown severity '" + sevNode.asString() + "' (expected one of: error, warning, info)"));
        YamlNode params = root.opt("params").orElseGet(() -> YamlNode.parse(label, "{}"));
        if (!params.isMap()) {
            throw params.error("params must be a mapping");
        }
        Optional<YamlNode> yields = root.opt("yields-to");
        return new RuleDefinition(id, kind, category, severity, root.string("description", ""),
                root.get("message").asString(), params, examples(root), label,
                yields.map(YamlNode::asStringList).orElse(List.of()), yields.map(YamlNode::line).orElse(0));
    }

    private static List<RuleExample> examples(YamlNode root) {
        List<RuleExample> out = new ArrayList<>();
        YamlNode examples = root.opt("examples").orElse(null);
        if (examples == null) {
            return List.of();
        }
        examples.requireOnlyKeys("trigger", "no-trigger");
        for (String key : List.of("trigger", "no-trigger")) {
            for (YamlNode ex : examples.opt(key).map(YamlNode::asList).orElse(List.of())) {
                ex.requireOnlyKeys("note", "articles", "expect");
                List<String> articles = ex.get("articles").asStringList();
                if (articles.isEmpty()) {
                    throw ex.error("an example needs at least one article");
                }
                boolean trigger = key.equals("trigger");
                Optional<RuleExample.Expected> expect = ex.opt("expect").map(e -> expected(e, trigger));
                out.add(new RuleExample(trigger, ex.string("note", ""), articles, ex.line(), expect));
            }
        }
        return List.copyOf(out);
    }

    private static RuleExample.Expected expected(YamlNode e, boolean trigger) {
        if (!trigger) {
            throw e.error("only a trigger example states the finding it expects");
        }
        e.requireOnlyKeys("severity", "values");
        Optional<Severity> severity = e.opt("severity").map(n -> Severity.fromLabel(n.asString()).orElseThrow(
                () -> n.error("unknown severity '" + n.asString() + "' (expected one of: error, warning, info)")));
        List<String> values = e.opt("values").map(YamlNode::asStringList).orElse(List.of());
        if (!values.isEmpty() && values.size() != 2) {
            throw e.get("values").error("values lists the two claims' values as written, got " + values.size());
        }
        if (severity.isEmpty() && values.isEmpty()) {
            throw e.error("expect states a severity, values, or both");
        }
        return new RuleExample.Expected(severity, values);
    }

    private static String labels(ComparisonKind[] kinds) {
        List<String> out = new ArrayList<>();
        for (ComparisonKind k : kinds) {
            out.add(k.label());
        }
        return String.join(", ", out);
    }
}
