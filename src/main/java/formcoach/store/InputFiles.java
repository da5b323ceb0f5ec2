package formcoach.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * The one way Form Coach reads a file it did not write itself in this run: facts, imports and the
 * stored files. Before anything is opened the path must name a regular file (a symbolic link to
 * one is fine); a folder, a FIFO, a device such as {@code /dev/zero} or a socket is refused, because
 * reading one can block for ever or never end. Then at most {@code limit} bytes are read, so a
 * file that grows while it is read, or standard input that never ends, cannot exhaust memory.
 */
public final class InputFiles {
    /** A pain-check facts object: a few hundred bytes in practice. */
    public static final long FACTS_LIMIT = 1L << 20;
    /** An exercise or routine file to import. */
    public static final long IMPORT_LIMIT = 50L << 20;
    /** One file in the data folder. */
    public static final long STORED_LIMIT = 50L << 20;

    private InputFiles() {
    }

    /**
     * Why an input was not read, in words for the person starting with "it" ("it is larger than
     * 1 MB"); callers put the file's name in front. An {@link IOException}, so that code which
     * already reports read errors reports these too.
     */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Reads {@code file} whole if it is a regular file of at most {@code limit} bytes.
     *
     * @throws Refused when it is not a regular file or is too large
     * @throws IOException as {@link Files#newInputStream} does (no such file, permission denied)
     */
    public static byte[] read(Path file, long limit) throws IOException {
        checkRegular(file, limit);
        try (InputStream in = Files.newInputStream(file)) {
            return readAtMost(in, limit);
        }
    }

    /** Checks without opening: a regular file no larger than {@code limit}. */
    public static void checkRegular(Path file, long limit) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attrs.isRegularFile()) {
            throw new Refused("it is not a regular file (it is " + kind(file, attrs) + ")");
        }
        if (attrs.size() > limit) {
            throw new Refused("it is larger than " + size(limit));
        }
    }

    /** Reads standard input (or any stream) up to {@code limit} bytes; more than that is refused. */
    public static byte[] readAtMost(InputStream in, long limit) throws IOException {
        int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
        byte[] buf = new byte[(int) Math.min(cap + 1L, 64 * 1024)];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n > cap) {
                    throw new Refused("it is larger than " + size(limit));
                }
                buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, cap + 1L));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        if (n > cap) {
            throw new Refused("it is larger than " + size(limit));
        }
        return Arrays.copyOf(buf, n);
    }

    /** "1 MB", "50 MB", or bytes for small limits. */
    public static String size(long bytes) {
        if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }

    /** What a path that is not a regular file is, for the message. */
    static String kind(Path file, BasicFileAttributes a) {
        if (a.isDirectory()) {
            return "a folder";
        }
        if (a.isOther()) {
            try {
                // the "unix" view exists on Linux and macOS; elsewhere the general words do
                int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
                switch (type) {
                    case 0010000: return "a FIFO";
                    case 0020000: return "a character device";
                    case 0060000: return "a block device";
                    case 0140000: return "a socket";
                    default: break;
                }
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException ignored) {
                // fall through to the general words
            }
            return "a device, FIFO or socket";
        }
        if (a.isSymbolicLink()) {
            return "a symbolic link";
        }
        return "not a plain file";
    }
}
