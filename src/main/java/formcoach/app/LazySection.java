package formcoach.app;

import formcoach.ui.Section;
import javafx.scene.Node;

import java.util.function.Supplier;

/**
 * A rail entry whose section is only constructed when first shown, so start-up pays for the one
 * section a person sees.
 */
final class LazySection implements Section {
    private final SectionEntry entry;
    private final Supplier<Section> factory;
    private Section real;

    LazySection(SectionEntry entry, Supplier<Section> factory) {
        this.entry = entry;
        this.factory = factory;
    }

    private Section real() {
        if (real == null) {
            real = factory.get();
            if (!real.id().equals(entry.id())) {
                throw new IllegalStateException("section " + real.id() + " registered as " + entry.id());
            }
        }
        return real;
    }

    @Override
    public String id() {
        return entry.id();
    }

    @Override
    public Node view() {
        return real().view();
    }

    @Override
    public void shown() {
        real().shown();
    }

    @Override
    public void open(String target) {
        real().open(target);
    }
}
