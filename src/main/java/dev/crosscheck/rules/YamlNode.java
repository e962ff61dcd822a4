package dev.crosscheck.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.NodeType;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * An immutable YAML tree read from a rule file, where every node knows its file and 1-based line.
 * Scalars are always kept as text ({@code NO}, {@code on}, {@code 012} are never booleans or numbers);
 * typed accessors convert on demand and report misuse as a {@link RuleFileException} located at the node.
 */
public final class YamlNode {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL =
            Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");

    private enum Kind { MAP, LIST, SCALAR }

    private final String file;
    private final int line;
    private final Kind kind;
    private final String scalar;
    private final List<YamlNode> items;
    private final Map<String, YamlNode> entries;
    private final Map<String, Integer> keyLines;

    private YamlNode(String file, int line, Kind kind, String scalar, List<YamlNode> items,
                     Map<String, YamlNode> entries, Map<String, Integer> keyLines) {
        this.file = file;
        this.line = line;
        this.kind = kind;
        this.scalar = scalar;
        this.items = items;
        this.entries = entries;
        this.keyLines = keyLines;
    }

    /**
     * Parses a single YAML document. An empty document yields an empty mapping at line 1.
     *
     * @param fileLabel name used in error messages
     * @param text      the YAML text
     * @throws RuleFileException on syntax errors, duplicate keys, non-text keys, anchors or aliases
     */
    public static YamlNode parse(String fileLabel, String text) {
        Objects.requireNonNull(fileLabel, "fileLabel");
        Objects.requireNonNull(text, "text");
        LoadSettings settings = LoadSettings.builder()
                .setLabel(fileLabel)
                .setSchema(new FailsafeSchema())
                .setUseMarks(true)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            throw syntaxError(fileLabel, e);
        } catch (ReaderException e) {
            throw new RuleFileException(fileLabel, lineAtCodePoint(text, e.getPosition()),
                    String.format("special character U+%04X is not allowed", e.getCodePoint()));
        } catch (YamlEngineException e) {
            throw new RuleFileException(fileLabel, 0, firstLine(e.getMessage()));
        }
        if (root.isEmpty() || isEmptyDocument(root.get())) {
            return new YamlNode(fileLabel, 1, Kind.MAP, null, null, Map.of(), Map.of());
        }
        return convert(fileLabel, root.get());
    }

    /**
     * Writes this tree (without its file label) in the compact form {@link #read} reads back: the
     * parsed-rules cache's format. Bump {@link #FORMAT} when the tree's fields change.
     */
    void write(java.io.DataOutput out) throws java.io.IOException {
        out.writeByte(kind.ordinal());
        out.writeInt(line);
        switch (kind) {
            case SCALAR -> writeText(out, scalar);
            case LIST -> {
                out.writeInt(items.size());
                for (YamlNode item : items) {
                    item.write(out);
                }
            }
            case MAP -> {
                out.writeInt(entries.size());
                for (Map.Entry<String, YamlNode> e : entries.entrySet()) {
                    writeText(out, e.getKey());
                    out.writeInt(keyLines.get(e.getKey()));
                    e.getValue().write(out);
                }
            }
        }
    }

    /** Version of the {@link #write} form, part of every cache key. */
    static final int FORMAT = 1;

    /** Reads a tree {@link #write} wrote, as read from file {@code file}. */
    static YamlNode read(java.io.DataInput in, String file) throws java.io.IOException {
        int k = in.readByte();
        if (k < 0 || k >= Kind.values().length) {
            throw new java.io.IOException("not a rule tree");
        }
        Kind kind = Kind.values()[k];
        int line = in.readInt();
        return switch (kind) {
            case SCALAR -> new YamlNode(file, line, kind, readText(in), null, null, null);
            case LIST -> {
                int n = in.readInt();
                List<YamlNode> items = new java.util.ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(read(in, file));
                }
                yield new YamlNode(file, line, kind, null, List.copyOf(items), null, null);
            }
            case MAP -> {
                int n = in.readInt();
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String key = readText(in);
                    keyLines.put(key, in.readInt());
                    entries.put(key, read(in, file));
                }
                yield new YamlNode(file, line, kind, null, null,
                        Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keyLines));
            }
        };
    }

    /** UTF-8 with an int length: writeUTF's 64 KB limit is too small for a long scalar. */
    private static void writeText(java.io.DataOutput out, String text) throws java.io.IOException {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readText(java.io.DataInput in) throws java.io.IOException {
        int n = in.readInt();
        if (n < 0 || n > 64 << 20) {
            throw new java.io.IOException("not a rule tree");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isEmptyDocument(Node node) {
        return node instanceof ScalarNode scalarNode
                && Tag.NULL.equals(node.getTag())
                && scalarNode.getValue().isEmpty();
    }

    private static YamlNode convert(String file, Node node) {
        int line = lineOf(node);
        if (node.getAnchor().isPresent()) {
            throw new RuleFileException(file, line, "anchors and aliases are not supported");
        }
        NodeType type = node.getNodeType();
        if (type == NodeType.SCALAR) {
            return new YamlNode(file, line, Kind.SCALAR, ((ScalarNode) node).getValue(), null, null, null);
        }
        if (type == NodeType.SEQUENCE) {
            List<YamlNode> items = ((SequenceNode) node).getValue().stream()
                    .map(item -> convert(file, item))
                    .toList();
            return new YamlNode(file, line, Kind.LIST, null, items, null, null);
        }
        if (type == NodeType.MAPPING) {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                Node keyNode = tuple.getKeyNode();
                int keyLine = lineOf(keyNode);
                if (keyNode.getAnchor().isPresent()) {
                    throw new RuleFileException(file, keyLine, "anchors and aliases are not supported");
                }
                if (!(keyNode instanceof ScalarNode scalarKey)) {
                    throw new RuleFileException(file, keyLine, "expected a text key");
                }
                String key = scalarKey.getValue();
                if (entries.containsKey(key)) {
                    throw new RuleFileException(file, keyLine, "duplicate key '" + key + "'");
                }
                keyLines.put(key, keyLine);
                entries.put(key, convert(file, tuple.getValueNode()));
            }
            return new YamlNode(file, line, Kind.MAP, null, null,
                    Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keyLines));
        }
        throw new RuleFileException(file, line, "unsupported YAML node");
    }

    private static int lineOf(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    private static RuleFileException syntaxError(String file, MarkedYamlEngineException e) {
        int line = e.getProblemMark().or(e::getContextMark).map(mark -> mark.getLine() + 1).orElse(0);
        String problem = firstLine(e.getProblem());
        String context = firstLine(e.getContext());
        // Some problems only make sense after their context: "expected a single document ..., but found ..."
        if (problem.startsWith("but ") && !context.isEmpty()) {
            problem = context + ", " + problem;
        }
        if (problem.isEmpty()) {
            problem = context.isEmpty() ? "invalid YAML" : context;
        }
        return new RuleFileException(file, line, problem);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** 1-based line holding the code point at {@code position}; YAML counts CR, LF and CRLF as one break. */
    private static int lineAtCodePoint(String text, int position) {
        int line = 1;
        int index = 0;
        for (int cp = 0; cp < position && index < text.length(); cp++) {
            char c = text.charAt(index);
            if (c == '\n' || (c == '\r' && (index + 1 >= text.length() || text.charAt(index + 1) != '\n'))) {
                line++;
            }
            index += Character.charCount(text.codePointAt(index));
        }
        return line;
    }

    /** Label of the file this node was read from. */
    public String file() {
        return file;
    }

    /** 1-based line where this node starts. */
    public int line() {
        return line;
    }

    /** Whether this node is a mapping. */
    public boolean isMap() {
        return kind == Kind.MAP;
    }

    /** Whether this node is a sequence. */
    public boolean isList() {
        return kind == Kind.LIST;
    }

    /** Whether this node is a scalar (always text). */
    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    /** Returns the value of a required key; fails if this is not a mapping or the key is missing. */
    public YamlNode get(String key) {
        return opt(key).orElseThrow(() -> error("missing key '" + key + "'"));
    }

    /** Returns the value of an optional key; fails if this is not a mapping. */
    public Optional<YamlNode> opt(String key) {
        requireMap();
        return Optional.ofNullable(entries.get(key));
    }

    /** The scalar text; an empty value ({@code key:}) is the empty string. */
    public String asString() {
        if (kind != Kind.SCALAR) {
            throw error("expected a text value");
        }
        return scalar;
    }

    /** The scalar as an {@code int}, written as optionally signed ASCII digits. */
    public int asInt() {
        String text = scalarFor("a whole number");
        if (WHOLE_NUMBER.matcher(text).matches()) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException tooLarge) {
                throw error("whole number out of range: '" + text + "'");
            }
        }
        throw error("expected a whole number, got '" + text + "'");
    }

    /** The scalar as a finite {@code double} in plain decimal or exponent notation. */
    public double asDouble() {
        String text = scalarFor("a number");
        if (DECIMAL.matcher(text).matches()) {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
            throw error("number out of range: '" + text + "'");
        }
        throw error("expected a number, got '" + text + "'");
    }

    /** The scalar as a boolean; only {@code true} and {@code false} are accepted. */
    public boolean asBool() {
        String text = scalarFor("true or false");
        if (text.equals("true")) {
            return true;
        }
        if (text.equals("false")) {
            return false;
        }
        throw error("expected true or false, got '" + text + "'");
    }

    /** The items of a sequence, unmodifiable; a scalar is not treated as a one-item list. */
    public List<YamlNode> asList() {
        if (kind != Kind.LIST) {
            throw error("expected a list");
        }
        return items;
    }

    /** The items of a sequence of scalars, unmodifiable. */
    public List<String> asStringList() {
        return asList().stream().map(YamlNode::asString).toList();
    }

    /** The entries of a mapping in file order, unmodifiable. */
    public Map<String, YamlNode> asMap() {
        requireMap();
        return entries;
    }

    /** Text value of {@code key}, or {@code dflt} when the key is absent. */
    public String string(String key, String dflt) {
        return opt(key).map(YamlNode::asString).orElse(dflt);
    }

    /** Whole-number value of {@code key}, or {@code dflt} when the key is absent. */
    public int integer(String key, int dflt) {
        return opt(key).map(YamlNode::asInt).orElse(dflt);
    }

    /**
     * Integer value of {@code key}, or {@code dflt} when absent; a value below {@code min} is an
     * error at its line.
     */
    public int integerAtLeast(String key, int dflt, int min) {
        int v = integer(key, dflt);
        if (v < min) {
            throw get(key).error(key + " must be at least " + min + ", got " + v);
        }
        return v;
    }

    /** Decimal value of {@code key}, or {@code dflt} when the key is absent. */
    public double decimal(String key, double dflt) {
        return opt(key).map(YamlNode::asDouble).orElse(dflt);
    }

    /** Boolean value of {@code key}, or {@code dflt} when the key is absent. */
    public boolean bool(String key, boolean dflt) {
        return opt(key).map(YamlNode::asBool).orElse(dflt);
    }

    /** List of texts under {@code key}, or an empty list when the key is absent. */
    public List<String> strings(String key) {
        return opt(key).map(YamlNode::asStringList).orElse(List.of());
    }

    /** Fails at the first key (in file order) of this mapping that is not in {@code allowed}. */
    public void requireOnlyKeys(String... allowed) {
        requireMap();
        List<String> permitted = List.of(allowed);
        for (Map.Entry<String, Integer> key : keyLines.entrySet()) {
            if (!permitted.contains(key.getKey())) {
                String expected = permitted.isEmpty()
                        ? "no keys are allowed here"
                        : "expected one of: " + String.join(", ", permitted);
                // a merged mapping holds keys of several files: name the file the key is in
                throw new RuleFileException(entries.get(key.getKey()).file, key.getValue(),
                        "unknown key '" + key.getKey() + "' (" + expected + ")");
            }
        }
    }

    /**
     * This tree with {@code top} laid over it, as a later rule folder's lexicon file is laid over an
     * earlier one's: two mappings merge key by key (recursively); any other value of {@code top}
     * replaces this one; a key written {@code name+} appends its list to the list {@code name} below
     * it. Every node keeps the file and line it was read from, so errors name the right file.
     *
     * @throws RuleFileException at a {@code name+} key whose value, or the value below it, is not a list
     */
    public YamlNode overlaidWith(YamlNode top) {
        if (kind != Kind.MAP || top.kind != Kind.MAP) {
            return top.withoutAppendKeys();
        }
        Map<String, YamlNode> merged = new LinkedHashMap<>(entries);
        Map<String, Integer> lines = new LinkedHashMap<>(keyLines);
        for (Map.Entry<String, YamlNode> e : top.entries.entrySet()) {
            String key = e.getKey();
            int keyLine = top.keyLines.get(key);
            YamlNode value = e.getValue();
            if (key.endsWith("+") && key.length() > 1) {
                String name = key.substring(0, key.length() - 1);
                if (value.kind != Kind.LIST) {
                    throw new RuleFileException(top.file, keyLine, "'" + key + "' appends a list: its value must "
                            + "be a list");
                }
                YamlNode below = merged.get(name);
                if (below != null && below.kind != Kind.LIST) {
                    throw new RuleFileException(top.file, keyLine, "'" + key + "' appends to a list, but '" + name
                            + "' is not a list (" + below.file + ":" + below.line + ")");
                }
                List<YamlNode> items = new java.util.ArrayList<>();
                if (below != null) {
                    items.addAll(below.items);
                }
                items.addAll(value.withoutAppendKeys().items);
                merged.put(name, new YamlNode(value.file, value.line, Kind.LIST, null, List.copyOf(items), null,
                        null));
                lines.put(name, keyLine);
                continue;
            }
            YamlNode below = merged.get(key);
            merged.put(key, below == null ? value.withoutAppendKeys() : below.overlaidWith(value));
            lines.put(key, keyLine);
        }
        return new YamlNode(top.file, top.line, Kind.MAP, null, null, Collections.unmodifiableMap(merged),
                Collections.unmodifiableMap(lines));
    }

    /** This tree with its {@code name+} keys read as plain keys (nothing below them to append to). */
    private YamlNode withoutAppendKeys() {
        return switch (kind) {
            case SCALAR -> this;
            case LIST -> {
                List<YamlNode> items = this.items.stream().map(YamlNode::withoutAppendKeys).toList();
                yield new YamlNode(file, line, kind, null, items, null, null);
            }
            case MAP -> new YamlNode(file, line, Kind.MAP, null, null, Map.of(), Map.of()).overlaidWith(this);
        };
    }

    /** Builds (does not throw) an exception located at this node. */
    public RuleFileException error(String message) {
        return new RuleFileException(file, line, message);
    }

    private void requireMap() {
        if (kind != Kind.MAP) {
            throw error("expected a mapping");
        }
    }

    private String scalarFor(String expected) {
        if (kind != Kind.SCALAR) {
            throw error("expected " + expected + ", got " + (kind == Kind.MAP ? "a mapping" : "a list"));
        }
        return scalar;
    }

    @Override
    public String toString() {
        String what = switch (kind) {
            case MAP -> "mapping " + entries.keySet();
            case LIST -> "list of " + items.size();
            case SCALAR -> "'" + scalar + "'";
        };
        return "YamlNode[" + file + ":" + line + " " + what + "]";
    }
}
