package formcoach.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Child process for {@link StoreCrashTest}: appends numbered records to one stored list forever,
 * printing "ok N" after each write returns. The parent kills it at a random moment.
 */
public final class CrashWriterMain {
    private CrashWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        JsonStore store = new JsonStore(Path.of(args[0]), Clock.systemUTC());
        var type = Json.mapper().getTypeFactory().constructCollectionType(List.class, Integer.class);
        List<Integer> records = new ArrayList<>(store.<List<Integer>>read("records", 1, type, List::of).value());
        System.out.println("ready " + records.size());
        System.out.flush();
        while (true) {
            records.add(records.size());
            // a payload large enough that a write takes more than one syscall
            store.write("records", 1, records);
            System.out.println("ok " + records.size());
            System.out.flush();
        }
    }
}
