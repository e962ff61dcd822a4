package dev.crosscheck.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Parsed rule and lexicon files kept between runs, so a run need not parse YAML it parsed before
 * (parsing is most of cold rule loading). Entries are addressed by a SHA-256 of the tree format
 * and the file's text: an edited file is a new entry, never a stale one. Only parsing is
 * cached; every file is still validated on every run. A missing, unreadable or corrupt entry is
 * parsed again, and a cache that cannot be written is not an error; entries are written under a
 * temporary name and renamed, so concurrent runs never read half an entry.
 */
public final class ParsedRuleCache {

    /** System property naming the cache directory (the launcher sets it under its build directory). */
    public static final String PROPERTY = "crosscheck.rules.cache";

    private final Optional<Path> dir;

    private ParsedRuleCache(Optional<Path> dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir}. */
    public static ParsedRuleCache in(Path dir) {
        return new ParsedRuleCache(Optional.of(dir));
    }

    /** No cache: every file is parsed. */
    public static ParsedRuleCache none() {
        return new ParsedRuleCache(Optional.empty());
    }

    /** The cache named by {@link #PROPERTY}, else none. */
    public static ParsedRuleCache fromSystemProperty() {
        String d = System.getProperty(PROPERTY);
        return d == null || d.isBlank() ? none() : in(Path.of(d));
    }

    /** {@link YamlNode#parse} of {@code text}, from the cache when it holds it. */
    YamlNode parse(String label, String text) {
        if (dir.isEmpty()) {
            return YamlNode.parse(label, text);
        }
        Path entry = dir.get().resolve(key(text) + ".tree");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(entry))) {
            return YamlNode.read(new DataInputStream(in), label);
        } catch (IOException | RuntimeException e) {
            // not cached yet, or unreadable: parse (syntax errors are thrown from here, never cached)
        }
        YamlNode tree = YamlNode.parse(label, text);
        store(entry, tree);
        return tree;
    }

    private static void store(Path entry, YamlNode tree) {
        Path tmp = null;
        try {
            Files.createDirectories(entry.getParent());
            tmp = Files.createTempFile(entry.getParent(), "entry", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                DataOutputStream data = new DataOutputStream(out);
                tree.write(data);
                data.flush();
            }
            try {
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk only costs the next run a parse
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private static String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("tree" + YamlNode.FORMAT + "\0").getBytes(StandardCharsets.UTF_8));
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
