package dev.crosscheck.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An output written to a temporary file beside its target and moved into place by
 * {@link #commit()}: until then the target is untouched, so several outputs can be written in
 * full before any of them replaces its previous version. {@link #close()} deletes the temporary
 * file when it was not committed.
 * <p>
 * A run stopped by a signal (SIGTERM, SIGINT, SIGHUP) still runs the JVM's shutdown hooks: one
 * hook deletes every temporary file not yet committed, so a killed run leaves the previous
 * output as it was and no {@code .crosscheck-*.tmp} behind (SIGKILL runs no hook and can leave
 * one). Two runs writing one target each write their own temporary file; the target is always
 * one run's complete output, the last to commit.
 */
public final class StagedFile implements AutoCloseable {

    /** Temporary files not yet committed or closed, deleted by the shutdown hook. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Thread hook = new Thread(StagedFile::deletePending, "crosscheck-staged-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private final Path target;
    private final Path temp;
    private boolean committed;

    private StagedFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /**
     * Creates the temporary file in {@code target}'s folder (creating missing folders).
     *
     * @throws FileSystemException when {@code target} is a directory
     */
    public static StagedFile create(Path target, String suffix) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "Is a directory");
        }
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".crosscheck-", suffix, permissions(dir));
        PENDING.add(temp);
        return new StagedFile(file, temp);
    }

    private static void deletePending() {
        for (Path temp : PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException e) {
                // the JVM is going down; nothing more can be done
            }
        }
    }

    /** Writes an output to {@code out}. */
    public interface Content {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** Writes an output to the temporary file at {@code temp}. */
    public interface TempContent {
        void write(Path temp) throws IOException;
    }

    /**
     * Stages what {@code content} writes to the temporary file beside {@code target}; on failure
     * no temporary file remains (the cause is thrown, a failed clean-up suppressed in it).
     */
    public static StagedFile stage(Path target, String suffix, TempContent content) throws IOException {
        StagedFile staged = create(target, suffix);
        try {
            content.write(staged.temp);
            return staged;
        } catch (Throwable failure) {
            try {
                staged.close();
            } catch (IOException | RuntimeException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    /**
     * Stages {@code content} beside {@code target}, forced to disk; on failure no temporary file
     * remains.
     */
    public static StagedFile write(Path target, String suffix, Content content) throws IOException {
        return stage(target, suffix, temp -> {
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp,
                    java.nio.file.StandardOpenOption.WRITE);
                 java.io.OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                content.write(out);
                out.flush();
                channel.force(true);
            }
        });
    }

    /** Where to write. */
    public Path temp() {
        return temp;
    }

    /** Moves the written file into place, atomically where the file system can. */
    public void commit() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        PENDING.remove(temp);
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(temp);
            PENDING.remove(temp);
        }
    }

    /** True for the name of a temporary file of this class (not to be named in messages). */
    public static boolean isTemporary(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".crosscheck-");
    }

    /** A temp file is private (0600) by default; ask for 0644 so outputs get the usual umask-based mode. */
    private static FileAttribute<?>[] permissions(Path dir) {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))
            };
        }
        return new FileAttribute<?>[0];
    }
}
