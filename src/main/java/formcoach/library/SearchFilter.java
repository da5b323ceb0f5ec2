package formcoach.library;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Filters for the browse list. Inside one facet any value may match (row OR pulldown); across facets
 * all must (a row AND trains the rhomboids). An empty facet does not filter.
 *
 * @param muscles matches when the exercise trains the muscle as primary or secondary
 * @param faults  matches when the exercise has a fault entry of that kind
 * @param origins matches when the exercise is ours, yours or imported
 */
public record SearchFilter(Set<Category> categories, Set<Muscle> muscles, Set<Equipment> equipment, Set<Fault> faults,
                           Set<Origin> origins) {
    public static final SearchFilter NONE = new SearchFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public SearchFilter {
        categories = copy(categories, Category.class);
        muscles = copy(muscles, Muscle.class);
        equipment = copy(equipment, Equipment.class);
        faults = copy(faults, Fault.class);
        origins = copy(origins, Origin.class);
    }

    /** Every source. */
    public SearchFilter(Set<Category> categories, Set<Muscle> muscles, Set<Equipment> equipment, Set<Fault> faults) {
        this(categories, muscles, equipment, faults, Set.of());
    }

    private static <E extends Enum<E>> Set<E> copy(Collection<E> in, Class<E> type) {
        return in == null || in.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(in));
    }

    public static SearchFilter category(Category... c) {
        return NONE.withCategories(Set.of(c));
    }

    public SearchFilter withCategories(Set<Category> c) {
        return new SearchFilter(c, muscles, equipment, faults, origins);
    }

    public SearchFilter withMuscles(Set<Muscle> m) {
        return new SearchFilter(categories, m, equipment, faults, origins);
    }

    public SearchFilter withEquipment(Set<Equipment> e) {
        return new SearchFilter(categories, muscles, e, faults, origins);
    }

    public SearchFilter withFaults(Set<Fault> f) {
        return new SearchFilter(categories, muscles, equipment, f, origins);
    }

    public SearchFilter withOrigins(Set<Origin> o) {
        return new SearchFilter(categories, muscles, equipment, faults, o);
    }

    public boolean isEmpty() {
        return categories.isEmpty() && muscles.isEmpty() && equipment.isEmpty() && faults.isEmpty() && origins.isEmpty();
    }

    public boolean matches(Exercise e) {
        return (categories.isEmpty() || categories.contains(e.category()))
                && (muscles.isEmpty() || muscles.stream().anyMatch(e.muscles()::trains))
                && (equipment.isEmpty() || e.equipment().stream().anyMatch(equipment::contains))
                && (faults.isEmpty() || e.faults().stream().anyMatch(f -> faults.contains(f.fault())))
                && (origins.isEmpty() || origins.contains(Origin.of(e.source())));
    }
}
