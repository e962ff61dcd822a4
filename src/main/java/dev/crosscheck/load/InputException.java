package dev.crosscheck.load;

/** Input the user gave cannot be used; the message names the file. */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String file;
    private final String reason;
    private final boolean notText;

    /** @param file the path as the user gave it */
    public InputException(String file, String message) {
        this(file, message, false);
    }

    private InputException(String file, String reason, boolean notText) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
        this.notText = notText;
    }

    /** A file that is not text at all (a binary file): it is skipped, not an article that failed. */
    public static InputException notText(String file, String reason) {
        return new InputException(file, reason, true);
    }

    /** The offending path as the user gave it. */
    public String file() {
        return file;
    }

    /** What is wrong with it, without the file name. */
    public String reason() {
        return reason;
    }

    /** True when the file is not text (binary content) rather than broken text. */
    public boolean isNotText() {
        return notText;
    }
}
