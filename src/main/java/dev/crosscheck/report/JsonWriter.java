package dev.crosscheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with one fixed layout (two-space indent, LF line ends, keys in
 * the order written, a final newline), so equal input gives equal bytes. Strings are escaped per
 * RFC 8259; characters outside ASCII are written as UTF-8, not escaped.
 */
final class JsonWriter {

    private final Writer out;
    /** Per open container: whether it has an element yet. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter(Writer out) {
        this.out = out;
    }

    JsonWriter beginObject() throws IOException {
        return begin('{');
    }

    JsonWriter endObject() throws IOException {
        return end('}');
    }

    JsonWriter beginArray() throws IOException {
        return begin('[');
    }

    JsonWriter endArray() throws IOException {
        return end(']');
    }

    /** The next member's name; a value or container must follow. */
    JsonWriter name(String name) throws IOException {
        separator();
        string(name);
        out.write(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String s) throws IOException {
        separator();
        if (s == null) {
            out.write("null");
        } else {
            string(s);
        }
        return this;
    }

    JsonWriter value(long n) throws IOException {
        separator();
        out.write(Long.toString(n));
        return this;
    }

    JsonWriter value(boolean b) throws IOException {
        separator();
        out.write(b ? "true" : "false");
        return this;
    }

    /** name + string value. */
    JsonWriter field(String name, String value) throws IOException {
        return name(name).value(value);
    }

    /** name + number value. */
    JsonWriter field(String name, long value) throws IOException {
        return name(name).value(value);
    }

    /** Ends the document with a newline. */
    void finish() throws IOException {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed JSON container");
        }
        out.write('\n');
        out.flush();
    }

    private JsonWriter begin(char c) throws IOException {
        separator();
        out.write(c);
        open.push(new boolean[1]);
        return this;
    }

    private JsonWriter end(char c) throws IOException {
        boolean any = open.pop()[0];
        if (any) {
            newline();
        }
        out.write(c);
        return this;
    }

    private void separator() throws IOException {
        if (afterName) {
            afterName = false;
            return;
        }
        if (open.isEmpty()) {
            return;
        }
        boolean[] top = open.peek();
        if (top[0]) {
            out.write(',');
        }
        top[0] = true;
        newline();
    }

    private void newline() throws IOException {
        out.write('\n');
        for (int i = 0; i < open.size(); i++) {
            out.write("  ");
        }
    }

    private void string(String s) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                            && !validSurrogate(s, i)) {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }

    /** A surrogate that is half of a valid pair (lone ones are escaped, so the output stays valid UTF-8). */
    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
