package dev.crosscheck.text;

/** Descriptions written in rule files, as one-line text for listings and reports. */
public final class Prose {

    private Prose() {
    }

    /** The text on one line: runs of white space (line breaks of a folded YAML scalar) become one space. */
    public static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The first sentence of {@link #flat}'s text, with its full stop; the whole text when it has one sentence. */
    public static String firstSentence(String text) {
        String flat = flat(text);
        int dot = flat.indexOf(". ");
        return dot > 0 ? flat.substring(0, dot + 1) : flat;
    }
}
