package dev.crosscheck.load;

/** Input the user gave cannot be used; the message names the file. */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String file;

    /** @param file the path as the user gave it */
    public InputException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    /** The offending path as the user gave it. */
    public String file() {
        return file;
    }
}
