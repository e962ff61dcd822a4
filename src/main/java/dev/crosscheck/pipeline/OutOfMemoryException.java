package dev.crosscheck.pipeline;

import java.util.Optional;

/** The JVM ran out of memory; names the article being checked when it happened during one. */
public final class OutOfMemoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String article;

    /**
     * @param article the article's source, or null when the memory ran out outside one article
     * @param cause   the error
     */
    public OutOfMemoryException(String article, OutOfMemoryError cause) {
        super(article == null ? "out of memory" : "out of memory while checking " + article, cause);
        this.article = article;
    }

    /** The article being checked, when known. */
    public Optional<String> article() {
        return Optional.ofNullable(article);
    }
}
