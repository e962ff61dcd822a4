package dev.crosscheck.cli;

import dev.crosscheck.pipeline.Checker;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr ("articles read", then "checking"), drawn only once a run
 * has taken longer than {@link #DELAY_NANOS} so short runs print nothing, redrawn at most ten
 * times a second, and erased when the run ends. Wraps the hooks tests set.
 */
final class Progress implements Checker.Hooks {

    static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final Checker.Hooks inner;
    private final PrintWriter err;
    private final long delay;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    Progress(Checker.Hooks inner, PrintWriter err) {
        this(inner, err, DELAY_NANOS);
    }

    /** @param delayNanos how long a run goes before the bar is drawn */
    Progress(Checker.Hooks inner, PrintWriter err, long delayNanos) {
        this.inner = inner;
        this.err = err;
        this.delay = delayNanos;
    }

    @Override
    public void loaded(dev.crosscheck.load.Article article) {
        inner.loaded(article);
    }

    @Override
    public void comparing(String ruleId) {
        inner.comparing(ruleId);
    }

    @Override
    public void read(int done, int total) {
        inner.read(done, total);
        long now = System.nanoTime();
        if (now - start < delay || done < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        draw(bar(done, total) + " " + done + "/" + total + " articles read");
    }

    @Override
    public void readAll() {
        inner.readAll();
        if (System.nanoTime() - start >= delay) {
            draw(bar(1, 1) + " checking people, events and rules...");
        }
    }

    /** Erases the bar (before the summary or an error is printed). */
    void done() {
        if (drawn) {
            err.print("\r\033[2K");
            err.flush();
            drawn = false;
        }
    }

    static String bar(int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
    }

    private void draw(String line) {
        err.print("\r\033[2K" + line);
        err.flush();
        drawn = true;
    }
}
