package formcoach.video;

import com.fasterxml.jackson.annotation.JsonProperty;
import formcoach.library.Category;
import formcoach.library.Fault;
import formcoach.store.Assets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where to put the camera for a lift, what each view can show, and the warning when the chosen view
 * does not fit: read from {@code assets/video/camera-guidance.json}. Views are named as in the landmark
 * file ({@code side}, {@code front}, {@code back}); a lift's guidance is its own entry when it has one,
 * otherwise its category's.
 */
public record CameraGuidance(@JsonProperty(required = true) String about,
                             @JsonProperty(required = true) String noLift,
                             @JsonProperty(required = true) String notALift,
                             @JsonProperty(required = true) List<ViewNote> views,
                             @JsonProperty(required = true) List<CategoryGuide> categories,
                             @JsonProperty(required = true) List<LiftGuide> lifts) {
    public static final String ASSET = "video/camera-guidance.json";

    public CameraGuidance {
        views = List.copyOf(views);
        categories = List.copyOf(categories);
        lifts = List.copyOf(lifts);
    }

    /** What one view shows: the faults it can judge and a sentence on it. */
    public record ViewNote(@JsonProperty(required = true) String view, @JsonProperty(required = true) List<Fault> judges,
                           @JsonProperty(required = true) String text) {
        public ViewNote {
            judges = List.copyOf(judges);
        }
    }

    /** A category's best view, the advice for it, and a warning for each other view. */
    public record CategoryGuide(@JsonProperty(required = true) Category category, @JsonProperty(required = true) String view,
                                @JsonProperty(required = true) String advice, @JsonProperty(required = true) List<Warning> warnings) {
        public CategoryGuide {
            warnings = List.copyOf(warnings);
        }
    }

    /** The warning shown when the camera stood at {@code view}. */
    public record Warning(@JsonProperty(required = true) String view, @JsonProperty(required = true) String text) {
    }

    /** Advice for one lift where its category's would be wrong or vague (the camera height, which side). */
    public record LiftGuide(@JsonProperty(required = true) String lift, @JsonProperty(required = true) String advice) {
    }

    private static final class Holder {
        static final CameraGuidance BUILT_IN = load();

        private static CameraGuidance load() {
            Assets.Checked<CameraGuidance> c = Assets.readChecked(ASSET, CameraGuidance.class, CameraGuidance::problems);
            if (!c.problems().isEmpty()) {
                throw new IllegalStateException(c.problems().get(0));
            }
            return c.value();
        }
    }

    /** The built-in guidance (read once); a broken file is a bug in the build, reported with its field. */
    public static CameraGuidance builtIn() {
        return Holder.BUILT_IN;
    }

    /** The view to film a lift of this category from ({@link CameraView#SIDE} for what is not a lift). */
    public CameraView recommended(Category category) {
        return guide(category).map(g -> view(g.view())).orElse(CameraView.SIDE);
    }

    /** One or two sentences on setting up the camera for the lift {@code liftId} (may be null) of this category. */
    public String advice(String liftId, Category category) {
        if (liftId != null) {
            for (LiftGuide l : lifts) {
                if (l.lift().equals(liftId)) {
                    return l.advice();
                }
            }
        }
        return guide(category).map(CategoryGuide::advice).orElse(notALift);
    }

    /** The faults {@code view} can judge at all. */
    public Set<Fault> judgeable(CameraView view) {
        Set<Fault> out = EnumSet.noneOf(Fault.class);
        views.stream().filter(v -> v.view().equals(view.id())).findFirst().ifPresent(v -> out.addAll(v.judges()));
        return out;
    }

    /** What {@code view} shows, in a sentence. */
    public String viewText(CameraView view) {
        return views.stream().filter(v -> v.view().equals(view.id())).map(ViewNote::text).findFirst().orElse("");
    }

    /** The warning when {@code view} does not fit a lift of this category, or empty when it does. */
    public Optional<String> warning(Category category, CameraView view) {
        return guide(category).flatMap(g -> g.warnings().stream().filter(w -> w.view().equals(view.id()))
                .map(Warning::text).findFirst());
    }

    private Optional<CategoryGuide> guide(Category category) {
        return categories.stream().filter(g -> g.category() == category).findFirst();
    }

    private static CameraView view(String id) {
        return CameraView.fromId(id).orElseThrow(() -> new IllegalStateException("not a view: " + id));
    }

    /** Everything wrong with this guidance, each naming its field. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (noLift.isBlank() || notALift.isBlank()) {
            p.add("fields 'noLift' and 'notALift': say what to do");
        }
        Set<CameraView> described = EnumSet.noneOf(CameraView.class);
        for (int i = 0; i < views.size(); i++) {
            ViewNote v = views.get(i);
            Optional<CameraView> named = CameraView.fromId(v.view());
            if (named.isEmpty()) {
                p.add("field 'views[" + i + "].view': \"" + v.view() + "\" is not side, front or back");
            } else if (!described.add(named.get())) {
                p.add("field 'views[" + i + "].view': " + v.view() + " is described twice");
            }
            if (v.text().isBlank()) {
                p.add("field 'views[" + i + "].text': say what this view shows");
            }
            if (v.judges().contains(Fault.ROUNDING) && !"side".equals(v.view())) {
                p.add("field 'views[" + i + "].judges': rounding can only be estimated from the side");
            }
        }
        for (CameraView v : CameraView.values()) {
            if (!described.contains(v)) {
                p.add("field 'views': nothing says what the " + v.id() + " view shows");
            }
        }
        Set<Category> seen = EnumSet.noneOf(Category.class);
        for (int i = 0; i < categories.size(); i++) {
            CategoryGuide g = categories.get(i);
            String at = "field 'categories[" + i + "]";
            if (!g.category().isLift()) {
                p.add(at + ".category': " + g.category().id() + " is not a lift");
            }
            if (!seen.add(g.category())) {
                p.add(at + ".category': " + g.category().id() + " is guided twice");
            }
            Optional<CameraView> best = CameraView.fromId(g.view());
            if (best.isEmpty()) {
                p.add(at + ".view': \"" + g.view() + "\" is not side, front or back");
            }
            if (g.advice().isBlank()) {
                p.add(at + ".advice': say where to put the camera");
            }
            Set<CameraView> warned = EnumSet.noneOf(CameraView.class);
            for (int j = 0; j < g.warnings().size(); j++) {
                Warning w = g.warnings().get(j);
                Optional<CameraView> wv = CameraView.fromId(w.view());
                if (wv.isEmpty()) {
                    p.add(at + ".warnings[" + j + "].view': \"" + w.view() + "\" is not side, front or back");
                    continue;
                }
                if (best.isPresent() && wv.get() == best.get()) {
                    p.add(at + ".warnings[" + j + "]': the recommended view needs no warning");
                }
                if (!warned.add(wv.get())) {
                    p.add(at + ".warnings[" + j + "]': " + w.view() + " is warned twice");
                }
                if (w.text().isBlank()) {
                    p.add(at + ".warnings[" + j + "].text': say what cannot be judged");
                }
            }
            for (CameraView v : CameraView.values()) {
                if (best.isPresent() && v != best.get() && !warned.contains(v)) {
                    p.add(at + ".warnings': no warning for filming from " + v.id());
                }
            }
        }
        for (Category c : Category.values()) {
            if (c.isLift() && !seen.contains(c)) {
                p.add("field 'categories': no guidance for " + c.id());
            }
        }
        List<String> liftIds = new ArrayList<>();
        for (int i = 0; i < lifts.size(); i++) {
            LiftGuide l = lifts.get(i);
            if (liftIds.contains(l.lift())) {
                p.add("field 'lifts[" + i + "].lift': " + l.lift() + " is guided twice");
            }
            liftIds.add(l.lift());
            if (l.advice().isBlank()) {
                p.add("field 'lifts[" + i + "].advice': say where to put the camera");
            }
        }
        return p;
    }
}
