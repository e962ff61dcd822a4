package dev.crosscheck.eval;

import dev.crosscheck.finding.Category;

import java.util.List;

/**
 * One labelled fact of the real-news gold set: two claims of one event folder that an editor
 * would flag ({@link Label#DISCREPANCY}), or a tempting look-alike that is consistent.
 *
 * @param id       unique id, {@code <folder>-<n>}
 * @param folder   the ECB+ event folder, e.g. {@code 20-ecbplus}
 * @param category what kind of fact
 * @param label    whether a report should flag it
 * @param a        one side: its value as written and every place it is stated
 * @param b        the other side
 * @param note     the labeller's reason
 * @param origin   gold file and line, for messages
 */
public record GoldFact(String id, String folder, Category category, Label label, Side a, Side b, String note,
                       String origin) {

    /** Whether the pair should be reported. */
    public enum Label {
        DISCREPANCY, CONSISTENT
    }

    /** A place where a value is stated: a file of the folder and its 1-based line. */
    public record Location(String file, int line) {
    }

    /**
     * One side of a fact.
     *
     * @param value     the claim as written
     * @param locations every place it is stated
     */
    public record Side(String value, List<Location> locations) {

        public Side {
            locations = List.copyOf(locations);
        }
    }

    /** The topic number of the folder, e.g. {@code 20} of {@code 20-ecbplus}. */
    public String topic() {
        return topic(folder);
    }

    static String topic(String folder) {
        int dash = folder.indexOf('-');
        return dash < 0 ? folder : folder.substring(0, dash);
    }
}
