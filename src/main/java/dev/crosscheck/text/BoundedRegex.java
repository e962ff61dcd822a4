package dev.crosscheck.text;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression from a rule file, run under a time budget. Rule files are edited by users,
 * and a backtracking engine can take exponential time on some patterns ({@code (.*a){20}$} on a
 * 30-character line); the shipped patterns use lookbehind, which linear-time engines lack, so
 * they keep {@link java.util.regex} and every match runs over a text whose {@code charAt} checks a
 * deadline. A match that runs past {@link #BUDGET_MILLIS} throws a {@link RegexTimeoutException}
 * naming the pattern and where it was written.
 *
 * <p>The clock starts lazily, after the first 65,536 character reads of one operation: short
 * matches never read the clock (so the budget starts a few microseconds late). Instances are immutable and thread-safe.
 *
 * @param pattern the compiled expression
 * @param origin  where it was written, e.g. {@code rules/lexicon/boilerplate.yaml:34}
 */
public record BoundedRegex(Pattern pattern, String origin) {

    /**
     * How long one match operation (a {@code find}, {@code lookingAt} or {@code replaceAll}) may run:
     * one second, and one more per 4 MB of text beyond the first 4 MB (a linear pattern scans a
     * 16 MB article well within that).
     */
    public static final long BUDGET_MILLIS = 1_000;
    private static final int CHARS_PER_EXTRA_SECOND = 4 << 20;
    private static final int CHECK_EVERY = 1 << 16;

    public BoundedRegex {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * A matcher over {@code text}; each {@link Bounded#find()}, {@link Bounded#lookingAt()} and
     * {@link Bounded#replaceAll} gets the budget anew.
     */
    public Bounded matcher(CharSequence text) {
        Deadline d = new Deadline(text, this);
        return new Bounded(pattern.matcher(d), d);
    }

    /** {@code pattern.matcher(text).replaceAll(replacement)} under the budget. */
    public String replaceAll(CharSequence text, String replacement) {
        return matcher(text).replaceAll(replacement);
    }

    /**
     * A matcher whose searches run under the budget; {@link #matcher()} gives the underlying
     * {@link Matcher} for positions, groups and regions.
     */
    public static final class Bounded {
        private final Matcher matcher;
        private final Deadline text;

        Bounded(Matcher matcher, Deadline text) {
            this.matcher = matcher;
            this.text = text;
        }

        /** The underlying matcher (its own searches are bounded too, on the budget of the last restart). */
        public Matcher matcher() {
            return matcher;
        }

        /** {@link Matcher#find()} with a fresh budget. */
        public boolean find() {
            text.restart();
            return matcher.find();
        }

        /** {@link Matcher#lookingAt()} with a fresh budget. */
        public boolean lookingAt() {
            text.restart();
            return matcher.lookingAt();
        }

        /** {@link Matcher#replaceAll(String)} with a fresh budget for the whole replacement. */
        public String replaceAll(String replacement) {
            text.restart();
            return matcher.replaceAll(replacement);
        }
    }

    static long budgetMillis(int length) {
        return BUDGET_MILLIS * (1 + Math.max(0, length - 1) / CHARS_PER_EXTRA_SECOND);
    }

    /** The text a matcher reads: {@code charAt} counts reads and checks the deadline now and then. */
    static final class Deadline implements CharSequence {
        private final CharSequence text;
        private final BoundedRegex regex;
        private int reads;
        private long deadline;
        private boolean started;

        Deadline(CharSequence text, BoundedRegex regex) {
            this.text = text;
            this.regex = regex;
        }

        @Override
        public char charAt(int index) {
            if (++reads >= CHECK_EVERY) {
                reads = 0;
                check();
            }
            return text.charAt(index);
        }

        void restart() {
            started = false;
            reads = 0;
        }

        private void check() {
            long now = System.nanoTime();
            if (!started) {
                started = true;
                deadline = now + budgetMillis(text.length()) * 1_000_000L;
            } else if (now - deadline > 0) {
                throw new RegexTimeoutException(regex.pattern().pattern(), regex.origin(),
                        budgetMillis(text.length()), text.length());
            }
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
