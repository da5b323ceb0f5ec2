package formcoach.library;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The muscles an exercise trains: primary ones strongly shaded on the muscle map, secondary lightly. */
public record Muscles(List<Muscle> primary, List<Muscle> secondary) {
    public Muscles {
        primary = Lists.copy(primary, "primary");
        secondary = Lists.copy(secondary, "secondary");
    }

    public static Muscles of(List<Muscle> primary, List<Muscle> secondary) {
        return new Muscles(primary, secondary);
    }

    public boolean trains(Muscle m) {
        return primary.contains(m) || secondary.contains(m);
    }

    /** Primary first, then secondary, without repeats. */
    public Set<Muscle> all() {
        Set<Muscle> all = new LinkedHashSet<>(primary);
        all.addAll(secondary);
        return all;
    }
}
