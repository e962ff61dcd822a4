package dev.crosscheck.cli;

/** The report could not be written; the previous report, if any, is untouched. */
final class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
