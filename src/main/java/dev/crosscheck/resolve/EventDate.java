package dev.crosscheck.resolve;

import dev.crosscheck.extract.Anchor;
import dev.crosscheck.extract.DateRange;

/**
 * When one article places an event.
 *
 * @param event    the event (participants resolved)
 * @param anchor   where the date (or the event, for a dateline-derived date) is stated
 * @param text     the date as written, or the dateline for a derived date
 * @param range    the days it allows
 * @param stated   false when derived from the dateline because the article gives no date
 */
public record EventDate(ResolvedEvent event, Anchor anchor, String text, DateRange range, boolean stated) {
}
