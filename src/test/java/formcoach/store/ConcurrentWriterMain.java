package formcoach.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Child process for {@link StoreConcurrencyTest}: adds {@code count} numbers from {@code base} with update(). */
public final class ConcurrentWriterMain {
    private ConcurrentWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        JsonStore store = new JsonStore(Path.of(args[0]), Clock.systemUTC());
        int base = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        var type = Json.mapper().getTypeFactory().constructCollectionType(List.class, Integer.class);
        for (int i = 0; i < count; i++) {
            int v = base + i;
            store.<List<Integer>, RuntimeException>update("records", 1, type, List::of, cur -> {
                List<Integer> next = new ArrayList<>(cur);
                next.add(v);
                return next;
            });
        }
    }
}
