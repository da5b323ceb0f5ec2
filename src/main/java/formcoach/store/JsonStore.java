package formcoach.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The data folder: one JSON file per kind of data, each wrapped as
 * {@code {"schemaVersion": N, "data": ...}}.
 *
 * <p>Writes are atomic: the new content goes to a temporary file in the same folder, is flushed and
 * fsynced, the old file is kept as {@code NAME.json.bak}, and the temporary file is moved over the
 * old one in one step. A crash at any moment leaves either the old or the new file, never half of
 * one. A change to two files ({@link #updateBoth}) prepares both files and both backups first and
 * records the moves in a journal, so it lands in both or in neither, also across a kill.
 *
 * <p>Reading checks the file before opening it (a regular file of at most
 * {@link InputFiles#STORED_LIMIT}), then every record after Jackson has read it. A file that does not
 * parse is moved aside as {@code NAME.corrupt-<timestamp>.json}; a list whose records are partly
 * unusable keeps its readable records and the whole original is copied aside (decision 0006). The
 * person is told in both cases; nothing else is touched. A file written by a newer version is never
 * overwritten.
 */
public final class JsonStore {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** The time stamp in a quarantined file's name; made on first use (java.time's formatting is ~40 classes at start-up). */
    private static final class Stamp {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", java.util.Locale.ROOT);
    }
    /** Our temporary files: {@code .NAME.<digits>.tmp}, {@code .NAME.bak.<digits>.tmp}, {@code .probe.<digits>.tmp} … */
    private static final Pattern OUR_TEMP = Pattern.compile("\\.[a-z0-9][a-z0-9.-]*\\.\\d+\\.tmp");
    private static final Pattern JOURNAL = Pattern.compile("\\.commit\\.\\d+\\.journal");
    /** A temporary file this old belongs to a save that was killed: no save takes more than a few seconds. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(5);
    private static final int MAX_NAMED_RECORDS = 3;

    /**
     * Called before every write that takes space on the disk (a temporary file, a backup copy, the
     * journal, a quarantine copy); tests use it to fail a chosen write as a full disk would.
     */
    @FunctionalInterface
    public interface WriteHook {
        WriteHook NONE = (file, bytes) -> { };

        void beforeWrite(Path file, long bytes) throws IOException;
    }

    private final Path dir;
    private final Clock clock;
    private final WriteHook hook;
    private final List<StoreNotice> notices = new ArrayList<>();
    private final List<Consumer<StoreNotice>> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> writeProtected = ConcurrentHashMap.newKeySet();
    private volatile boolean started;
    /** One lock per stored file for all stores of this process; the file lock covers other processes. */
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    public JsonStore(Path dir, Clock clock) {
        this(dir, clock, WriteHook.NONE);
    }

    public JsonStore(Path dir, Clock clock, WriteHook hook) {
        this.dir = dir.toAbsolutePath().normalize();
        this.clock = clock;
        this.hook = Objects.requireNonNull(hook);
    }

    public Path dir() {
        return dir;
    }

    /** The wall clock this store stamps quarantined files with; features use it to time what they save. */
    public Clock clock() {
        return clock;
    }

    /** Jackson, configured once ({@link Json}); first touched at the first read or write, not when a store is made (start-up). */
    private static ObjectMapper mapper() {
        return Json.mapper();
    }

    public Path fileFor(String name) {
        checkName(name);
        return dir.resolve(name + ".json");
    }

    /** Every notice raised so far (quarantined files, newer files left alone), oldest first. */
    public synchronized List<StoreNotice> notices() {
        return List.copyOf(notices);
    }

    /** Tells {@code listener} of every notice from now on, as it is raised (the command line prints them). */
    public void onNotice(Consumer<StoreNotice> listener) {
        listeners.add(listener);
    }

    private void notice(StoreNotice n) {
        synchronized (this) {
            if (notices.contains(n)) {
                return;
            }
            notices.add(n);
        }
        for (Consumer<StoreNotice> l : listeners) {
            l.accept(n);
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * A reader for one kind of stored file that needs no general JSON mapper, for files read often
     * and early (decision 0014). It returns the value only when the file is exactly well-formed, its
     * {@code schemaVersion} is from 1 to {@code schemaVersion}, and every record is usable; in any
     * other case it returns null (never throws), and the general reader looks at the same bytes and
     * reports what is wrong as usual, record by record.
     */
    @FunctionalInterface
    public interface QuickReader<T> {
        T readIfClean(byte[] bytes, int schemaVersion);
    }

    /** How a file is decoded: the general mapper's type (made only when needed) and an optional quick reader. */
    private record Decoding<T>(Supplier<JavaType> type, QuickReader<T> quick) {
    }


    /**
     * Reads {@code name}.json as {@code type}. A missing file gives {@code absent}. An unreadable
     * file is moved aside (and the previous version used when that one reads), unusable records of
     * a list are set aside, each with a notice.
     *
     * @throws StoreException when the folder itself cannot be read (permissions, I/O error)
     */
    public <T> Loaded<T> read(String name, int schemaVersion, JavaType type, Supplier<T> absent) throws StoreException {
        return read(name, schemaVersion, new Decoding<>(() -> type, null), absent);
    }

    /**
     * Reads {@code name}.json through {@code quick} first (decision 0014): when the quick reader
     * gives up, the general reader (of {@code type}, asked for only then) looks at the same bytes,
     * and everything else (repair, quarantine, notices per record) is as {@link #read(String, int, JavaType, Supplier)}.
     */
    public <T> Loaded<T> read(String name, int schemaVersion, Supplier<JavaType> type, QuickReader<T> quick, Supplier<T> absent)
            throws StoreException {
        return read(name, schemaVersion, new Decoding<>(type, Objects.requireNonNull(quick)), absent);
    }

    private <T> Loaded<T> read(String name, int schemaVersion, Decoding<T> type, Supplier<T> absent) throws StoreException {
        start();
        Path file = fileFor(name);
        if (!lockFor(name).isHeldByCurrentThread()) {
            Attempt<T> first = attempt(file, schemaVersion, type);
            if (!first.needsRepair()) {
                return loaded(name, file, first, schemaVersion, absent);
            }
            // repairs change the folder: do them under the lock, on what is there by then
            try {
                return this.<Loaded<T>, RuntimeException>locked(name, () -> readRepairing(name, schemaVersion, type, absent));
            } catch (StoreException cannotLock) {
                return readWithoutRepair(name, file, first, absent, describeCause(cannotLock));
            }
        }
        return readRepairing(name, schemaVersion, type, absent);
    }

    public <T> Loaded<T> read(String name, int schemaVersion, Class<T> type, Supplier<T> absent) throws StoreException {
        return read(name, schemaVersion, mapper().constructType(type), absent);
    }

    private <T> Loaded<T> loaded(String name, Path file, Attempt<T> a, int schemaVersion, Supplier<T> absent) {
        return switch (a.state) {
            case ABSENT -> new Loaded<>(absent.get(), Loaded.Source.ABSENT, Optional.empty());
            case OK -> new Loaded<>(a.value, Loaded.Source.FILE, Optional.empty());
            case NEWER -> {
                writeProtected.add(name);
                StoreNotice n = new StoreNotice(file, file.getFileName() + " was written by a newer version of Form Coach (schema "
                        + a.newer + ", this version reads " + schemaVersion + "). It was left as it is and will not be changed;"
                        + " Form Coach uses its defaults for it meanwhile.");
                notice(n);
                yield new Loaded<>(absent.get(), Loaded.Source.NEWER_VERSION, Optional.of(n));
            }
            default -> throw new IllegalStateException("not a clean read: " + a.state);
        };
    }

    private <T> Loaded<T> readRepairing(String name, int schemaVersion, Decoding<T> type, Supplier<T> absent) throws StoreException {
        Path file = fileFor(name);
        Attempt<T> a = attempt(file, schemaVersion, type);
        if (!a.needsRepair()) {
            return loaded(name, file, a, schemaVersion, absent);
        }
        if (a.state == State.BAD_RECORDS) {
            return salvage(name, file, schemaVersion, a, absent);
        }
        Path aside;
        try {
            aside = moveAside(file);
        } catch (IOException e) {
            return readWithoutRepair(name, file, a, absent, describe(e));
        }
        Path bak = dir.resolve(name + ".json.bak");
        String why = file.getFileName() + " could not be read (" + a.why + "). It was moved aside as " + aside.getFileName() + ".";
        Attempt<T> fromBak = attempt(bak, schemaVersion, type);
        if (fromBak.state == State.OK) {
            try {
                // put the previous version back in place at once, so a later run that reads before
                // any save still finds it (and a save never starts from empty)
                restoreFromBackup(bak, file);
                StoreNotice n = new StoreNotice(file, why + " The previous version (" + bak.getFileName() + ") was put back in its place.");
                notice(n);
                return new Loaded<>(fromBak.value, Loaded.Source.BACKUP, Optional.of(n));
            } catch (IOException ignored) {
                // could not be copied back: fall through to the default, and leave the backup alone
            }
        }
        StoreNotice n = new StoreNotice(file, why + " Form Coach carries on without it; nothing else was changed.");
        notice(n);
        return new Loaded<>(absent.get(), Loaded.Source.QUARANTINED, Optional.of(n));
    }

    /** The folder cannot be changed (read-only, no lock): use what is usable, change nothing, and never save over it. */
    private <T> Loaded<T> readWithoutRepair(String name, Path file, Attempt<T> a, Supplier<T> absent, String why) {
        writeProtected.add(name);
        if (a.state == State.BAD_RECORDS) {
            StoreNotice n = new StoreNotice(file, file.getFileName() + " has " + records(a.bad.size()) + " that could not be used ("
                    + badList(a.bad) + "); " + (a.kept == 0 ? "there are no other records" : "the other " + records(a.kept) + (a.kept == 1 ? " is used" : " are used"))
                    + ". The file could not be repaired (" + why
                    + "), so it was left as it is and nothing will be saved to it.");
            notice(n);
            return new Loaded<>(a.value, Loaded.Source.REPAIRED, Optional.of(n));
        }
        StoreNotice n = new StoreNotice(file, file.getFileName() + " could not be read (" + a.why + ") and could not be moved aside ("
                + why + "). It was left as it is; Form Coach carries on without it and will not save over it.");
        notice(n);
        return new Loaded<>(absent.get(), Loaded.Source.QUARANTINED, Optional.of(n));
    }

    /**
     * Some records of a list are unusable: the whole original is copied aside byte for byte, and
     * the readable records are saved in its place (the backup is left as it was).
     */
    private <T> Loaded<T> salvage(String name, Path file, int schemaVersion, Attempt<T> a, Supplier<T> absent) throws StoreException {
        Path aside;
        try {
            aside = copyAside(file, a.bytes);
        } catch (IOException e) {
            return readWithoutRepair(name, file, a, absent, describe(e));
        }
        try {
            commit(List.of(new Pending(name, encode(name, schemaVersion, a.value), false)));
        } catch (IOException e) {
            try {
                Files.deleteIfExists(aside);
            } catch (IOException ignored) {
                // an extra copy of the original is harmless
            }
            return readWithoutRepair(name, file, a, absent, describe(e));
        }
        StoreNotice n = new StoreNotice(file, file.getFileName() + " had " + records(a.bad.size()) + " that could not be used ("
                + badList(a.bad) + "). The whole original was kept as " + aside.getFileName() + "; "
                + (a.kept == 0 ? "there were no other records" : "the other " + records(a.kept) + (a.kept == 1 ? " was" : " were") + " kept in " + file.getFileName()) + ".");
        notice(n);
        return new Loaded<>(a.value, Loaded.Source.REPAIRED, Optional.of(n));
    }

    private static String records(int n) {
        return n + (n == 1 ? " record" : " records");
    }

    private static String badList(List<BadRecord> bad) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bad.size() && i < MAX_NAMED_RECORDS; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append("record ").append(bad.get(i).index + 1).append(": ").append(bad.get(i).why);
        }
        if (bad.size() > MAX_NAMED_RECORDS) {
            sb.append("; and ").append(bad.size() - MAX_NAMED_RECORDS).append(" more");
        }
        return sb.toString();
    }

    private enum State { ABSENT, OK, NEWER, BAD_WHOLE, BAD_RECORDS }

    private record BadRecord(int index, String why) {
    }

    /** What one look at a stored file found; changes nothing. */
    private static final class Attempt<T> {
        final State state;
        T value;
        String why;
        int newer;
        byte[] bytes;
        List<BadRecord> bad = List.of();
        int kept;

        Attempt(State state) {
            this.state = state;
        }

        boolean needsRepair() {
            return state == State.BAD_WHOLE || state == State.BAD_RECORDS;
        }
    }

    private <T> Attempt<T> attempt(Path file, int schemaVersion, Decoding<T> type) throws StoreException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                Attempt<T> a = new Attempt<>(State.BAD_WHOLE);
                a.why = "it is a link to a file that does not exist";
                return a;
            }
            return new Attempt<>(State.ABSENT);
        } catch (IOException e) {
            if (e instanceof AccessDeniedException || !Files.isDirectory(dir)) {
                // the folder is not one (a file named as the data folder) or cannot be searched:
                // nothing can be read from it, which every command notes (see folderProblem)
                return new Attempt<>(State.ABSENT);
            }
            throw new StoreException("Could not read " + file + ": " + describe(e), e);
        }
        if (!attrs.isRegularFile()) {
            Attempt<T> a = new Attempt<>(State.BAD_WHOLE);
            a.why = "it is not a regular file but " + InputFiles.kind(file, attrs);
            return a;
        }
        if (attrs.size() > InputFiles.STORED_LIMIT) {
            Attempt<T> a = new Attempt<>(State.BAD_WHOLE);
            a.why = "it is larger than " + InputFiles.size(InputFiles.STORED_LIMIT);
            return a;
        }
        byte[] bytes;
        try {
            bytes = InputFiles.read(file, InputFiles.STORED_LIMIT);
        } catch (InputFiles.Refused r) {
            return whole(r.getMessage());
        } catch (NoSuchFileException e) {
            return new Attempt<>(State.ABSENT);
        } catch (IOException e) {
            throw new StoreException("Could not read " + file + ": " + describe(e), e);
        }
        T quick = type.quick() == null ? null : type.quick().readIfClean(bytes, schemaVersion);
        Attempt<T> a;
        if (quick != null) {
            a = new Attempt<>(State.OK);
            a.value = quick;
        } else {
            a = decode(bytes, schemaVersion, type.type().get());
        }
        a.bytes = bytes;
        return a;
    }

    private <T> Attempt<T> decode(byte[] bytes, int schemaVersion, JavaType type) {
        JsonNode root;
        try {
            if (bytes.length == 0) {
                return whole("the file is empty");
            }
            root = mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            return whole(shortJsonError(e));
        } catch (IOException | RuntimeException e) {
            return whole("it is not readable JSON");
        }
        if (root == null || !root.isObject()) {
            return whole("it is not a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt()) {
            return whole("schemaVersion is missing or not a whole number");
        }
        if (version.intValue() > schemaVersion) {
            Attempt<T> a = new Attempt<>(State.NEWER);
            a.newer = version.intValue();
            return a;
        }
        if (version.intValue() < 1) {
            return whole("schemaVersion " + version.intValue() + " is not valid");
        }
        JsonNode data = root.get("data");
        if (data == null || data.isNull()) {
            return whole("the data field is missing");
        }
        if (isList(type)) {
            if (!data.isArray()) {
                return whole("the data is " + nodeKind(data) + " where a list was expected");
            }
            return decodeList((ArrayNode) data, type.getContentType());
        }
        try {
            T value = mapper().treeToValue(data, type);
            if (value == null) {
                return whole("the data field is empty");
            }
            String problem = value instanceof StoredRecord r ? r.storeProblem() : null;
            if (problem != null) {
                return whole(problem);
            }
            Attempt<T> a = new Attempt<>(State.OK);
            a.value = value;
            return a;
        } catch (JsonProcessingException | RuntimeException e) {
            return whole(recordProblem(e));
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Attempt<T> decodeList(ArrayNode data, JavaType element) {
        List<Object> good = new ArrayList<>(data.size());
        List<BadRecord> bad = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            JsonNode node = data.get(i);
            if (node == null || node.isNull()) {
                bad.add(new BadRecord(i, "it is empty (null)"));
                continue;
            }
            try {
                Object v = mapper().treeToValue(node, element);
                String problem = v == null ? "it is empty" : v instanceof StoredRecord r ? r.storeProblem() : null;
                if (problem != null) {
                    bad.add(new BadRecord(i, problem));
                } else {
                    good.add(v);
                }
            } catch (JsonProcessingException | RuntimeException e) {
                bad.add(new BadRecord(i, recordProblem(e)));
            }
        }
        Attempt<T> a = new Attempt<>(bad.isEmpty() ? State.OK : State.BAD_RECORDS);
        a.value = (T) good;
        a.bad = List.copyOf(bad);
        a.kept = good.size();
        return a;
    }

    private static <T> Attempt<T> whole(String why) {
        Attempt<T> a = new Attempt<>(State.BAD_WHOLE);
        a.why = why;
        return a;
    }

    private static boolean isList(JavaType type) {
        return type.isCollectionLikeType() && type.getRawClass().isAssignableFrom(ArrayList.class);
    }

    private static String nodeKind(JsonNode n) {
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isTextual()) {
            return "text";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "true or false";
        }
        return "something else";
    }

    /** Why one record could not be read, naming the field: "category is missing", "field 'faults[0]': …". */
    static String recordProblem(Exception e) {
        if (e instanceof ValueInstantiationException || (e instanceof JsonMappingException && e.getCause() instanceof RuntimeException)) {
            Throwable cause = e.getCause();
            while (cause != null && cause.getCause() != null && cause.getCause() != cause && !(cause instanceof IllegalArgumentException)
                    && !(cause instanceof NullPointerException)) {
                cause = cause.getCause();
            }
            if (cause instanceof NullPointerException npe) {
                String what = npe.getMessage();
                return what != null && what.matches("[A-Za-z][A-Za-z0-9]*") ? what + " is missing" : "a required field is missing";
            }
            if (cause instanceof IllegalArgumentException iae && iae.getMessage() != null) {
                return Cli1.oneLine(iae.getMessage());
            }
        }
        if (e instanceof JsonMappingException jme) {
            String where = jme.getPath().isEmpty() ? "" : "field '" + Assets.fieldPath(jme.getPath()) + "': ";
            return where + Json.plainMessage(jme);
        }
        if (e instanceof JsonProcessingException jpe) {
            return Json.plainMessage(jpe);
        }
        if (e instanceof NullPointerException) {
            return "a required field is missing";
        }
        return e.getMessage() == null ? "it could not be read" : Cli1.oneLine(e.getMessage());
    }

    /** One-line helper kept here so the store does not depend on the command line. */
    private static final class Cli1 {
        static String oneLine(String s) {
            return s.strip().replaceAll("\\s*\\R\\s*", " ");
        }
    }

    // ------------------------------------------------------------------ writing

    /** Atomically replaces {@code name}.json with {@code data}, keeping the old file as {@code .bak}. */
    public void write(String name, int schemaVersion, Object data) throws StoreException {
        start();
        ReentrantLock local = lockFor(name);
        // inside update() the file was just read under the lock; a plain save looks at it first
        boolean outer = !local.isHeldByCurrentThread();
        local.lock();
        try {
            writeLocked(name, schemaVersion, data, outer);
        } finally {
            local.unlock();
        }
    }

    /**
     * @param checkDisk look at the file on disk first: one from a newer version is refused, an
     *                  unreadable one is moved aside rather than rotated into the backup
     */
    private void writeLocked(String name, int schemaVersion, Object data, boolean checkDisk) throws StoreException {
        Path file = fileFor(name);
        if (checkDisk) {
            checkBeforeReplacing(name, file, schemaVersion);
        }
        refuseIfProtected(name, file);
        byte[] bytes = encode(name, schemaVersion, data);
        try {
            commit(List.of(new Pending(name, bytes, true)));
        } catch (IOException e) {
            throw new StoreException("Could not save " + file + ": " + describe(e)
                    + ". The previous version of the file, if any, is unchanged.", e);
        }
    }

    private void refuseIfProtected(String name, Path file) throws StoreException {
        if (writeProtected.contains(name)) {
            throw new StoreException(file.getFileName() + " was written by a newer version of Form Coach or could not be repaired;"
                    + " it is not overwritten. Nothing was saved.");
        }
    }

    /** A save that did not read first still never replaces a newer version's file, nor rotates a broken file into the backup. */
    private void checkBeforeReplacing(String name, Path file, int schemaVersion) throws StoreException {
        Attempt<Object> a = attempt(file, schemaVersion, new Decoding<>(() -> mapper().constructType(JsonNode.class), null));
        if (a.state == State.NEWER) {
            loaded(name, file, a, schemaVersion, () -> null);
        } else if (a.state == State.BAD_WHOLE) {
            try {
                Path aside = moveAside(file);
                notice(new StoreNotice(file, file.getFileName() + " could not be read (" + a.why + "). It was moved aside as "
                        + aside.getFileName() + " before saving over it."));
            } catch (IOException e) {
                writeProtected.add(name);
            }
        }
    }

    private byte[] encode(String name, int schemaVersion, Object data) throws StoreException {
        try {
            ObjectNode root = mapper().createObjectNode();
            root.put("schemaVersion", schemaVersion);
            root.set("data", mapper().valueToTree(data));
            return mapper().writeValueAsBytes(root);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw new StoreException("Could not encode " + name + ": " + e.getMessage(), e);
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
     * never lost. Returns the value written (or kept, when the change leaves it equal). Anything
     * that depends on what is stored, such as choosing a free id, belongs inside {@code change}.
     */
    public <T, X extends Exception> T update(String name, int schemaVersion, JavaType type, Supplier<T> absent,
                                              Change<T, X> change) throws StoreException, X {
        return update(name, schemaVersion, new Decoding<>(() -> type, null), absent, change);
    }

    /** As {@link #update(String, int, JavaType, Supplier, Change)}, reading through {@code quick} first (decision 0014). */
    public <T, X extends Exception> T update(String name, int schemaVersion, Supplier<JavaType> type, QuickReader<T> quick,
                                              Supplier<T> absent, Change<T, X> change) throws StoreException, X {
        return update(name, schemaVersion, new Decoding<>(type, Objects.requireNonNull(quick)), absent, change);
    }

    private <T, X extends Exception> T update(String name, int schemaVersion, Decoding<T> type, Supplier<T> absent,
                                               Change<T, X> change) throws StoreException, X {
        start();
        return this.<T, X>locked(name, () -> {
            T current = read(name, schemaVersion, type, absent).value();
            T next = change.apply(current);
            if (!Objects.equals(next, current)) {
                // an unchanged value is not rewritten, so the .bak keeps the version before the last real change
                writeLocked(name, schemaVersion, next, false);
            }
            return next;
        });
    }

    /** Two values changed together. */
    public record Both<A, B>(A first, B second) {
    }

    /** A change to two stored values, given the current ones; may refuse by throwing. */
    @FunctionalInterface
    public interface Change2<A, B, X extends Exception> {
        Both<A, B> apply(A first, B second) throws X;
    }

    /** One of the two files {@link #updateBoth} changes. */
    public record Part<T>(String name, int schemaVersion, JavaType type, Supplier<T> absent) {
    }

    /**
     * Like {@link #update} for two files at once, all or nothing: both new files and both backups
     * are written and fsynced before either file is replaced, and the replacements are recorded in
     * a journal first, so a full disk leaves both files and both backups as they were and a kill
     * during the replacements is completed on the next start. The locks are taken in the order
     * given; every caller that changes the same two files must give the same order.
     */
    public <A, B, X extends Exception> Both<A, B> updateBoth(Part<A> first, Part<B> second, Change2<A, B, X> change)
            throws StoreException, X {
        start();
        if (first.name().equals(second.name())) {
            throw new IllegalArgumentException("two different files are needed");
        }
        return this.<Both<A, B>, X>locked(first.name(), () -> this.<Both<A, B>, X>locked(second.name(), () -> {
            A a = read(first.name(), first.schemaVersion(), first.type(), first.absent()).value();
            B b = read(second.name(), second.schemaVersion(), second.type(), second.absent()).value();
            Both<A, B> next = change.apply(a, b);
            List<Pending> parts = new ArrayList<>(2);
            if (!Objects.equals(next.first(), a)) {
                refuseIfProtected(first.name(), fileFor(first.name()));
                parts.add(new Pending(first.name(), encode(first.name(), first.schemaVersion(), next.first()), true));
            }
            if (!Objects.equals(next.second(), b)) {
                refuseIfProtected(second.name(), fileFor(second.name()));
                parts.add(new Pending(second.name(), encode(second.name(), second.schemaVersion(), next.second()), true));
            }
            if (!parts.isEmpty()) {
                try {
                    commit(parts);
                } catch (IOException e) {
                    throw new StoreException("Could not save " + fileFor(first.name()).getFileName() + " and "
                            + fileFor(second.name()).getFileName() + ": " + describe(e) + ". Neither file was changed.", e);
                }
            }
            return next;
        }));
    }

    @FunctionalInterface
    private interface Body<R, X extends Exception> {
        R run() throws StoreException, X;
    }

    /** Runs {@code body} holding {@code name}'s lock in this process and, unless already held, in every process. */
    private <R, X extends Exception> R locked(String name, Body<R, X> body) throws StoreException, X {
        Path lockFile = dir.resolve("." + name + ".lock");
        ReentrantLock local = lockFor(name);
        boolean outer = !local.isHeldByCurrentThread();
        local.lock();
        try {
            if (!outer) {
                return body.run();
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new StoreException("Could not save to " + dir + ": " + describe(e) + ". Nothing was changed.", e);
            }
            FileChannel ch;
            FileLock lock;
            try {
                ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new StoreException("Could not save " + fileFor(name) + ": " + describe(e) + ". Nothing was changed.", e);
            }
            try {
                try {
                    lock = ch.lock();
                } catch (IOException e) {
                    throw new StoreException("Could not save " + fileFor(name) + ": " + describe(e) + ". Nothing was changed.", e);
                }
                try {
                    return body.run();
                } finally {
                    try {
                        lock.release();
                    } catch (IOException ignored) {
                        // closing the channel releases it too
                    }
                }
            } finally {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // nothing more can be done about a lock file that does not close
                }
            }
        } finally {
            local.unlock();
        }
    }

    private ReentrantLock lockFor(String name) {
        return LOCKS.computeIfAbsent(dir.resolve("." + name + ".lock"), k -> new ReentrantLock());
    }

    /** One file to replace: its new bytes, and whether the old file becomes the backup. */
    private record Pending(String name, byte[] bytes, boolean rotateBackup) {
    }

    private record Move(Path from, Path to) {
    }

    /**
     * Writes every new file and backup to temporary files first; only when all of them are on the
     * disk are they moved into place (recorded in a journal when there is more than one file).
     * A failure before the moves changes nothing.
     */
    private void commit(List<Pending> parts) throws IOException {
        Files.createDirectories(dir);
        List<Path> temps = new ArrayList<>();
        boolean journalled = false;
        try {
            List<Move> backups = new ArrayList<>();
            List<Move> files = new ArrayList<>();
            for (Pending p : parts) {
                Path file = dir.resolve(p.name() + ".json");
                if (p.rotateBackup() && Files.isRegularFile(file)) {
                    Path bakTmp = Files.createTempFile(dir, "." + p.name() + ".bak.", ".tmp");
                    temps.add(bakTmp);
                    hook.beforeWrite(bakTmp, Files.size(file));
                    Files.copy(file, bakTmp, StandardCopyOption.REPLACE_EXISTING);
                    syncFile(bakTmp);
                    backups.add(new Move(bakTmp, dir.resolve(p.name() + ".json.bak")));
                }
                Path tmp = Files.createTempFile(dir, "." + p.name() + ".", ".tmp");
                temps.add(tmp);
                writeAndSync(tmp, p.bytes());
                files.add(new Move(tmp, file));
            }
            List<Move> moves = new ArrayList<>(backups);
            moves.addAll(files);
            Path journal = null;
            if (parts.size() > 1) {
                journal = writeJournal(moves);
                journalled = true;
            }
            for (Move m : moves) {
                move(m.from(), m.to());
            }
            syncDir();
            if (journal != null) {
                Files.deleteIfExists(journal);
                syncDir();
            }
            journalled = false;
        } finally {
            if (!journalled) {
                for (Path t : temps) {
                    try {
                        Files.deleteIfExists(t);
                    } catch (IOException ignored) {
                        // removed as a stale temporary file on a later start
                    }
                }
            }
        }
    }

    private Path writeJournal(List<Move> moves) throws IOException {
        ObjectNode root = mapper().createObjectNode();
        ArrayNode list = root.putArray("moves");
        for (Move m : moves) {
            list.addArray().add(m.from().getFileName().toString()).add(m.to().getFileName().toString());
        }
        byte[] bytes = mapper().writeValueAsBytes(root);
        Path journal = Files.createTempFile(dir, ".commit.", ".journal");
        try {
            writeAndSync(journal, bytes);
            syncDir();
        } catch (IOException e) {
            Files.deleteIfExists(journal);
            throw e;
        }
        return journal;
    }

    // ------------------------------------------------------------------ start-up

    /**
     * Once per store, before its first read or write: finishes a two-file change that a kill
     * interrupted after its journal was written, then removes our own temporary files older than
     * {@link #STALE_AFTER} (a save in progress in another process is never that old).
     */
    private void start() {
        if (started) {
            return;
        }
        synchronized (this) {
            if (started) {
                return;
            }
            started = true;
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> journals = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String n = p.getFileName().toString();
                if (JOURNAL.matcher(n).matches()) {
                    journals.add(p);
                } else if (OUR_TEMP.matcher(n).matches()) {
                    temps.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (Path j : journals) {
            try {
                finishJournal(j);
            } catch (IOException | StoreException | RuntimeException ignored) {
                // left for the next start; the files it names are all still whole
            }
        }
        Instant cutoff = clock.instant().minus(STALE_AFTER);
        for (Path t : temps) {
            try {
                BasicFileAttributes attrs = Files.readAttributes(t, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attrs.isRegularFile() && attrs.lastModifiedTime().toInstant().isBefore(cutoff) && Files.exists(t)) {
                    Files.deleteIfExists(t);
                }
            } catch (IOException ignored) {
                // gone already, or not ours to remove
            }
        }
    }

    private void finishJournal(Path journal) throws IOException, StoreException {
        JsonNode root;
        try {
            root = mapper().readTree(InputFiles.read(journal, 64 * 1024));
        } catch (InputFiles.Refused | JsonProcessingException e) {
            root = null;
        }
        if (root == null || !root.path("moves").isArray()) {
            // a journal cut off while it was written: no move had started; only an old one is surely dead
            Instant modified = Files.getLastModifiedTime(journal).toInstant();
            if (modified.isBefore(clock.instant().minus(STALE_AFTER))) {
                Files.deleteIfExists(journal);
            }
            return;
        }
        List<Move> moves = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode m : root.get("moves")) {
            String from = m.path(0).asText("");
            String to = m.path(1).asText("");
            if (!OUR_TEMP.matcher(from).matches() || !to.matches("[a-z0-9][a-z0-9-]*\\.json(\\.bak)?")) {
                return; // not a journal of ours
            }
            moves.add(new Move(dir.resolve(from), dir.resolve(to)));
            String name = to.replaceFirst("\\.json(\\.bak)?$", "");
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        Body<Void, IOException> finish = () -> {
            if (!Files.exists(journal)) {
                return null; // its writer finished it
            }
            for (Move m : moves) {
                if (Files.exists(m.from())) {
                    move(m.from(), m.to());
                }
            }
            syncDir();
            Files.deleteIfExists(journal);
            syncDir();
            notice(new StoreNotice(dir.resolve(names.get(0) + ".json"), "A change to " + String.join(".json and ", names)
                    + ".json that was interrupted was completed."));
            return null;
        };
        if (names.size() == 2) {
            this.<Void, IOException>locked(names.get(0), () -> this.<Void, IOException>locked(names.get(1), finish));
        } else if (names.size() == 1) {
            this.<Void, IOException>locked(names.get(0), finish);
        }
    }

    // ------------------------------------------------------------------ the folder

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

    /**
     * Why the data folder cannot be used, in words, or empty when it can (or does not exist yet
     * but could be made). Creates nothing.
     */
    public Optional<String> folderProblem() {
        Path p = dir;
        while (p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            p = p.getParent();
        }
        if (p == null) {
            return Optional.empty();
        }
        if (!Files.isDirectory(p)) {
            return Optional.of(p.equals(dir) ? "it is a file, not a folder" : p + " is a file, not a folder");
        }
        if (!p.equals(dir)) {
            return Files.isWritable(p) ? Optional.empty() : Optional.of("it does not exist and " + p + " cannot be written");
        }
        if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            return Optional.of("it cannot be read (permission denied)");
        }
        try {
            Path probe = Files.createTempFile(dir, ".probe.", ".tmp");
            Files.delete(probe);
        } catch (NoSuchFileException e) {
            return Optional.of("it cannot be written (the system does not allow files there)");
        } catch (IOException e) {
            return Optional.of("it cannot be written (" + describe(e) + ")");
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ files

    private Path asideName(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.json$", "");
        String stamp = LocalDateTime.now(clock).format(Stamp.FORMAT);
        Path aside = dir.resolve(base + ".corrupt-" + stamp + ".json");
        for (int i = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); i++) {
            aside = dir.resolve(base + ".corrupt-" + stamp + "-" + i + ".json");
        }
        return aside;
    }

    /** Renames the file aside, whatever it is (a FIFO or a link is renamed, never opened). */
    private Path moveAside(Path file) throws IOException {
        Path aside = asideName(file);
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        syncDir();
        return aside;
    }

    /** A byte-for-byte copy of the original beside it, fsynced before anything replaces the original. */
    private Path copyAside(Path file, byte[] bytes) throws IOException {
        Path aside = asideName(file);
        hook.beforeWrite(aside, bytes.length);
        try (FileChannel ch = FileChannel.open(aside, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(aside);
            throw e;
        }
        return aside;
    }

    private void restoreFromBackup(Path bak, Path file) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            hook.beforeWrite(tmp, Files.size(bak));
            Files.copy(bak, tmp, StandardCopyOption.REPLACE_EXISTING);
            syncFile(tmp);
            move(tmp, file);
            syncDir();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void writeAndSync(Path target, byte[] bytes) throws IOException {
        hook.beforeWrite(target, bytes.length);
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
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way where a folder should be";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String describeCause(StoreException e) {
        return e.getCause() instanceof IOException io ? describe(io) : e.getMessage();
    }

    private static String shortJsonError(JsonProcessingException e) {
        String msg = Json.plainMessage(e);
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            msg = msg + " at line " + e.getLocation().getLineNr();
        }
        return msg;
    }
}
