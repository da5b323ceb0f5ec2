package formcoach.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The data folder: one JSON file per kind of data, each wrapped as
 * {@code {"schemaVersion": N, "data": ...}}.
 *
 * <p>Writes are atomic: the new content goes to a temporary file in the same folder, is flushed and
 * fsynced, the old file is kept as {@code NAME.json.bak}, and the temporary file is moved over the
 * old one in one step. A crash at any moment leaves either the old or the new file, never half of
 * one. A file that does not parse is moved aside as {@code NAME.corrupt-<timestamp>.json} and the
 * person is told; nothing else is touched.
 */
public final class JsonStore {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", java.util.Locale.ROOT);

    private final Path dir;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final List<StoreNotice> notices = new ArrayList<>();
    private final Set<String> writeProtected = new HashSet<>();
    /** One lock per stored file for all stores of this process; the file lock covers other processes. */
    private static final java.util.concurrent.ConcurrentHashMap<Path, java.util.concurrent.locks.ReentrantLock> LOCKS =
            new java.util.concurrent.ConcurrentHashMap<>();

    public JsonStore(Path dir, Clock clock) {
        this.dir = dir.toAbsolutePath().normalize();
        this.mapper = Json.mapper();
        this.clock = clock;
    }

    public Path dir() {
        return dir;
    }

    /** The wall clock this store stamps quarantined files with; features use it to time what they save. */
    public Clock clock() {
        return clock;
    }

    public Path fileFor(String name) {
        checkName(name);
        return dir.resolve(name + ".json");
    }

    /** Every notice raised so far (quarantined files, newer files left alone), oldest first. */
    public synchronized List<StoreNotice> notices() {
        return List.copyOf(notices);
    }

    /**
     * Reads {@code name}.json as {@code type}. A missing file gives {@code absent}. An unreadable
     * file is moved aside (and the previous version used when that one reads), with a notice.
     *
     * @throws StoreException when the folder itself cannot be read (permissions, I/O error)
     */
    public synchronized <T> Loaded<T> read(String name, int schemaVersion, JavaType type, Supplier<T> absent)
            throws StoreException {
        Path file = fileFor(name);
        if (!Files.exists(file)) {
            return new Loaded<>(absent.get(), Loaded.Source.ABSENT, Optional.empty());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoreException("Could not read " + file + ": " + describe(e), e);
        }
        try {
            return new Loaded<>(decode(bytes, schemaVersion, type), Loaded.Source.FILE, Optional.empty());
        } catch (NewerVersionException e) {
            writeProtected.add(name);
            StoreNotice notice = new StoreNotice(file, file.getFileName() + " was written by a newer version of Form Coach (schema "
                    + e.found + ", this version reads " + schemaVersion + "). It was left as it is and will not be changed.");
            notices.add(notice);
            return new Loaded<>(absent.get(), Loaded.Source.NEWER_VERSION, Optional.of(notice));
        } catch (BadContentException e) {
            Path aside = quarantine(file);
            Path bak = dir.resolve(name + ".json.bak");
            String why = file.getFileName() + " could not be read (" + e.getMessage() + "). It was moved aside as "
                    + aside.getFileName() + ".";
            if (Files.exists(bak)) {
                try {
                    T fromBackup = decode(Files.readAllBytes(bak), schemaVersion, type);
                    // put the previous version back in place at once, so a later run that reads before
                    // any save still finds it (and a save never starts from empty)
                    restoreFromBackup(bak, file);
                    StoreNotice notice = new StoreNotice(file, why + " The previous version (" + bak.getFileName()
                            + ") was put back in its place.");
                    notices.add(notice);
                    return new Loaded<>(fromBackup, Loaded.Source.BACKUP, Optional.of(notice));
                } catch (IOException | BadContentException | NewerVersionException ignored) {
                    // the backup is no better (or could not be copied back): fall through to the
                    // default, and leave the backup alone
                }
            }
            StoreNotice notice = new StoreNotice(file, why + " Form Coach carries on without it; nothing else was changed.");
            notices.add(notice);
            return new Loaded<>(absent.get(), Loaded.Source.QUARANTINED, Optional.of(notice));
        }
    }

    public <T> Loaded<T> read(String name, int schemaVersion, Class<T> type, Supplier<T> absent) throws StoreException {
        return read(name, schemaVersion, mapper.constructType(type), absent);
    }

    /** Atomically replaces {@code name}.json with {@code data}, keeping the old file as {@code .bak}. */
    public synchronized void write(String name, int schemaVersion, Object data) throws StoreException {
        Path file = fileFor(name);
        if (writeProtected.contains(name)) {
            throw new StoreException(file.getFileName() + " was written by a newer version of Form Coach; it is not overwritten.");
        }
        byte[] bytes;
        try {
            ObjectNode root = mapper.createObjectNode();
            root.put("schemaVersion", schemaVersion);
            root.set("data", mapper.valueToTree(data));
            bytes = mapper.writeValueAsBytes(root);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw new StoreException("Could not encode " + name + ": " + e.getMessage(), e);
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
            try {
                writeAndSync(tmp, bytes);
                if (Files.exists(file)) {
                    Path bakTmp = Files.createTempFile(dir, "." + name + ".bak.", ".tmp");
                    try {
                        Files.copy(file, bakTmp, StandardCopyOption.REPLACE_EXISTING);
                        syncFile(bakTmp);
                        move(bakTmp, dir.resolve(name + ".json.bak"));
                    } finally {
                        Files.deleteIfExists(bakTmp);
                    }
                }
                move(tmp, file);
                syncDir();
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new StoreException("Could not save " + file + ": " + describe(e)
                    + ". The previous version of the file, if any, is unchanged.", e);
        }
    }

    /** A change to one stored value, given the current one; may refuse by throwing. */
    @FunctionalInterface
    public interface Change<T, X extends Exception> {
        T apply(T current) throws X;
    }

    /**
     * Reads, changes and writes {@code name} as one step that no other writer, in this process or
     * another (the app and the command line at once), can come between: a record added elsewhere is
     * never lost. Returns the value written (or kept, when the change leaves it equal).
     */
    public <T, X extends Exception> T update(String name, int schemaVersion, JavaType type, Supplier<T> absent,
                                              Change<T, X> change) throws StoreException, X {
        Path lockFile = dir.resolve("." + name + ".lock");
        java.util.concurrent.locks.ReentrantLock local = LOCKS.computeIfAbsent(lockFile, k -> new java.util.concurrent.locks.ReentrantLock());
        local.lock();
        try {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new StoreException("Could not save to " + dir + ": " + describe(e) + ". Nothing was changed.", e);
            }
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 java.nio.channels.FileLock ignored = ch.lock()) {
                T current = read(name, schemaVersion, type, absent).value();
                T next = change.apply(current);
                if (!java.util.Objects.equals(next, current)) {
                    // an unchanged value is not rewritten, so the .bak keeps the version before the last real change
                    write(name, schemaVersion, next);
                }
                return next;
            } catch (IOException e) {
                throw new StoreException("Could not save " + fileFor(name) + ": " + describe(e) + ". Nothing was changed.", e);
            }
        } finally {
            local.unlock();
        }
    }

    /**
     * Deletes {@code name}.json and its {@code .bak} (a person asked to forget it). True when there was
     * something to delete.
     */
    public synchronized boolean delete(String name) throws StoreException {
        Path file = fileFor(name);
        if (writeProtected.contains(name)) {
            throw new StoreException(file.getFileName() + " was written by a newer version of Form Coach; it is not deleted.");
        }
        try {
            boolean existed = Files.deleteIfExists(file);
            Files.deleteIfExists(dir.resolve(name + ".json.bak"));
            syncDir();
            return existed;
        } catch (IOException e) {
            throw new StoreException("Could not delete " + file + ": " + describe(e) + ".", e);
        }
    }

    /** Checks that the folder exists (creating it) and can be written, with a plain message if not. */
    public void checkWritable() throws StoreException {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".probe.", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new StoreException("The data folder " + dir + " cannot be written: " + describe(e)
                    + ". Nothing will be saved until this is fixed (choose another folder with --data-dir).", e);
        }
    }

    private <T> T decode(byte[] bytes, int schemaVersion, JavaType type) throws BadContentException, NewerVersionException {
        JsonNode root;
        try {
            if (bytes.length == 0) {
                throw new BadContentException("the file is empty");
            }
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new BadContentException(shortJsonError(e));
        } catch (IOException e) {
            throw new BadContentException(e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadContentException("it is not a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt()) {
            throw new BadContentException("schemaVersion is missing or not a whole number");
        }
        if (version.intValue() > schemaVersion) {
            throw new NewerVersionException(version.intValue());
        }
        if (version.intValue() < 1) {
            throw new BadContentException("schemaVersion " + version.intValue() + " is not valid");
        }
        JsonNode data = root.get("data");
        if (data == null || data.isNull()) {
            throw new BadContentException("the data field is missing");
        }
        try {
            T value = mapper.treeToValue(data, type);
            if (value == null) {
                throw new BadContentException("the data field is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new BadContentException(shortJsonError(e));
        } catch (IllegalArgumentException e) {
            throw new BadContentException(e.getMessage());
        }
    }

    private Path quarantine(Path file) throws StoreException {
        String base = file.getFileName().toString().replaceFirst("\\.json$", "");
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path aside = dir.resolve(base + ".corrupt-" + stamp + ".json");
        for (int i = 2; Files.exists(aside); i++) {
            aside = dir.resolve(base + ".corrupt-" + stamp + "-" + i + ".json");
        }
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            throw new StoreException(file.getFileName() + " could not be read and could not be moved aside ("
                    + describe(e) + "). It was left as it is.", e);
        }
    }

    private void restoreFromBackup(Path bak, Path file) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            Files.copy(bak, tmp, StandardCopyOption.REPLACE_EXISTING);
            syncFile(tmp);
            move(tmp, file);
            syncDir();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeAndSync(Path target, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private static void syncFile(Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void syncDir() {
        // Makes the rename itself durable on Linux and macOS; Windows cannot open a folder this way.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort only
        }
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad store name: " + name);
        }
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String shortJsonError(JsonProcessingException e) {
        String msg = Json.plainMessage(e);
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            msg = msg + " at line " + e.getLocation().getLineNr();
        }
        return msg;
    }

    private static final class BadContentException extends Exception {
        private static final long serialVersionUID = 1L;

        BadContentException(String message) {
            super(message);
        }
    }

    private static final class NewerVersionException extends Exception {
        private static final long serialVersionUID = 1L;
        final int found;

        NewerVersionException(int found) {
            super("newer schema " + found);
            this.found = found;
        }
    }
}
