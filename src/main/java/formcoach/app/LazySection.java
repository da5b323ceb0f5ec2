package formcoach.app;

import formcoach.ui.Section;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;

import java.util.function.Supplier;

/**
 * A rail entry whose section is only constructed when first shown, so start-up pays for the one
 * section a person sees.
 */
final class LazySection implements Section {
    private final String id;
    private final String title;
    private final String icon;
    private final KeyCode shortcut;
    private final Supplier<Section> factory;
    private Section real;

    LazySection(String id, String title, String icon, KeyCode shortcut, Supplier<Section> factory) {
        this.id = id;
        this.title = title;
        this.icon = icon;
        this.shortcut = shortcut;
        this.factory = factory;
    }

    private Section real() {
        if (real == null) {
            real = factory.get();
            if (!real.id().equals(id)) {
                throw new IllegalStateException("section " + real.id() + " registered as " + id);
            }
        }
        return real;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String icon() {
        return icon;
    }

    @Override
    public KeyCode shortcut() {
        return shortcut;
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
