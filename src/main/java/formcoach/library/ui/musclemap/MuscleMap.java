package formcoach.library.ui.musclemap;

import formcoach.ui.Stylesheets;
import formcoach.library.ui.musclemap.BodyArt.Anchor;
import formcoach.library.ui.musclemap.BodyArt.Part;
import formcoach.library.ui.musclemap.BodyArt.View;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Front and back outlines of a body side by side, drawn as vector shapes, with one shape per muscle id and view.
 * Highlighted muscles are shaded (primary strongly, secondary lightly) and labelled beside the figures; hovering
 * a muscle names it. The figures live in a fixed design space and are scaled to fit while labels, the legend and
 * captions stay at their text size, so the map reads the same at 300 px and at full screen.
 *
 * <p>Style classes for tests and CSS: every muscle shape has {@code muscle} and {@code muscle-<id>} and the id
 * {@code muscle-<id>-front} or {@code muscle-<id>-back}; highlighted shapes carry the pseudo-class
 * {@code :primary} or {@code :secondary}; labels have {@code muscle-label} and the id {@code muscle-label-<id>}.
 */
public class MuscleMap extends Region {
    /** How strongly an exercise works a muscle. */
    public enum Intensity { PRIMARY, SECONDARY }

    static final double FIGURE_GAP = 36;
    private static final double PAIR_WIDTH = 2 * BodyArt.WIDTH + FIGURE_GAP;
    private static final double LEADER = 18;
    private static final double LABEL_GAP = 3;
    private static final double ROW_GAP = 6;

    private static final PseudoClass PRIMARY = PseudoClass.getPseudoClass("primary");
    private static final PseudoClass SECONDARY = PseudoClass.getPseudoClass("secondary");
    /** Set on the map below this size so its text shrinks with the figures (see musclemap.css). */
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private static final double COMPACT_WIDTH = 600;
    private static final double COMPACT_HEIGHT = 380;

    private final Group figures = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Map<String, List<Shape>> shapesById = new LinkedHashMap<>();
    private final Label frontCaption = caption("Front");
    private final Label backCaption = caption("Back");
    private final HBox legend = createLegend();
    private final Group callouts = new Group();
    private final List<Callout> calloutList = new ArrayList<>();
    private final Map<String, Intensity> highlights = new LinkedHashMap<>();
    private final Set<String> unknownIds = new LinkedHashSet<>();
    private boolean compact;

    private record Callout(String id, Label label, Polyline leader, Circle dot, Anchor anchor) {
    }

    public MuscleMap() {
        getStyleClass().add("muscle-map");
        getStylesheets().add(Stylesheets.of(MuscleMap.class, "/formcoach/library/ui/musclemap.css"));
        figures.getTransforms().add(scale);
        figures.getChildren().addAll(createFigure(View.FRONT), createFigure(View.BACK));
        figures.getChildren().get(1).setLayoutX(BodyArt.WIDTH + FIGURE_GAP);
        callouts.setManaged(false);
        // The map sizes its labels itself (wrapping them in narrow columns); a Group would reset them to pref size.
        callouts.setAutoSizeChildren(false);
        figures.setManaged(false);
        getChildren().addAll(figures, frontCaption, backCaption, callouts, legend);
        updateAccessibleText();
    }

    /**
     * Shades the given muscles; every other muscle goes back to neutral. Ids outside the closed list are ignored
     * and reported by {@link #unknownIds()}.
     */
    public void setHighlights(Map<String, Intensity> byMuscleId) {
        highlights.clear();
        unknownIds.clear();
        byMuscleId.forEach((id, intensity) -> {
            if (shapesById.containsKey(id)) {
                highlights.put(id, Objects.requireNonNull(intensity, () -> "intensity for " + id));
            } else {
                unknownIds.add(id);
            }
        });
        shapesById.forEach((id, shapes) -> {
            Intensity in = highlights.get(id);
            for (Shape s : shapes) {
                s.pseudoClassStateChanged(PRIMARY, in == Intensity.PRIMARY);
                s.pseudoClassStateChanged(SECONDARY, in == Intensity.SECONDARY);
            }
        });
        rebuildCallouts();
        updateAccessibleText();
        requestLayout();
    }

    /** The exercise schema's shape: an id in both lists counts as primary. */
    public void setHighlights(Collection<String> primary, Collection<String> secondary) {
        Map<String, Intensity> m = new LinkedHashMap<>();
        secondary.forEach(id -> m.put(id, Intensity.SECONDARY));
        primary.forEach(id -> m.put(id, Intensity.PRIMARY));
        setHighlights(m);
    }

    /** The highlights in force (known ids only). */
    public Map<String, Intensity> highlights() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(highlights));
    }

    /** Ids given to the last {@code setHighlights} call that are not in the closed list. */
    public Set<String> unknownIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(unknownIds));
    }

    public Optional<Intensity> intensityOf(String muscleId) {
        return Optional.ofNullable(highlights.get(muscleId));
    }

    /** The shapes drawn for a muscle (one per view it is seen from); empty for an unknown id. */
    public List<Shape> shapesFor(String muscleId) {
        return List.copyOf(shapesById.getOrDefault(muscleId, List.of()));
    }

    /** The labels on show, in the order highlighted muscles were given. */
    public List<Label> labels() {
        return calloutList.stream().map(Callout::label).toList();
    }

    // ---------------------------------------------------------------- drawing

    private Group createFigure(View view) {
        Group g = new Group();
        g.getStyleClass().addAll("figure", view == View.FRONT ? "figure-front" : "figure-back");

        SVGPath body = svg(BodyArt.BODY_HALF + " " + SvgPaths.mirror(BodyArt.BODY_HALF, BodyArt.MIDLINE), "body");
        SVGPath outline = svg(BodyArt.CONTOUR + " " + SvgPaths.mirror(BodyArt.CONTOUR, BodyArt.MIDLINE), "body-outline");
        g.getChildren().addAll(body, outline);
        for (String d : BodyArt.DETAILS.get(view)) {
            g.getChildren().add(svg(d + " " + SvgPaths.mirror(d, BodyArt.MIDLINE), "body-detail"));
        }
        for (String d : BodyArt.LINES.get(view)) {
            g.getChildren().add(svg(d + " " + SvgPaths.mirror(d, BodyArt.MIDLINE), "body-line"));
        }
        g.getChildren().forEach(n -> n.setMouseTransparent(true));

        for (boolean deep : new boolean[] {false, true}) {
            for (Part p : BodyArt.PARTS) {
                if (p.view() == view && p.deep() == deep) {
                    g.getChildren().add(createMuscle(p));
                }
            }
        }
        return g;
    }

    private Shape createMuscle(Part p) {
        String name = MuscleNames.displayName(p.id())
                .orElseThrow(() -> new IllegalStateException("drawing names a muscle outside the closed list: " + p.id()));
        SVGPath s = svg(p.leftHalf() + " " + SvgPaths.mirror(p.leftHalf(), BodyArt.MIDLINE), "muscle", "muscle-" + p.id());
        if (p.deep()) {
            s.getStyleClass().add("muscle-deep");
        }
        s.setId("muscle-" + p.id() + "-" + (p.view() == View.FRONT ? "front" : "back"));
        s.setAccessibleText(name);
        Tooltip tip = new Tooltip(name);
        tip.setShowDelay(Duration.millis(120));
        Tooltip.install(s, tip);
        shapesById.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(s);
        return s;
    }

    private static SVGPath svg(String content, String... styleClasses) {
        SVGPath s = new SVGPath();
        s.setContent(content);
        s.getStyleClass().addAll(styleClasses);
        return s;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muscle-map-caption");
        l.setManaged(false);
        return l;
    }

    private static HBox createLegend() {
        HBox box = new HBox(legendEntry("Primary", "legend-primary"), legendEntry("Secondary", "legend-secondary"));
        box.getStyleClass().add("muscle-map-legend");
        box.setAlignment(Pos.CENTER);
        box.setManaged(false);
        return box;
    }

    private static Node legendEntry(String text, String swatchClass) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", swatchClass);
        Label l = new Label(text, swatch);
        l.getStyleClass().add("legend-entry");
        return l;
    }

    // ---------------------------------------------------------------- labels

    private void rebuildCallouts() {
        callouts.getChildren().clear();
        calloutList.clear();
        List<String> ids = new ArrayList<>(highlights.keySet());
        Map<String, Anchor> chosen = chooseAnchors(ids);
        for (String id : ids) {
            Label label = new Label(MuscleNames.displayName(id).orElseThrow());
            label.getStyleClass().add("muscle-label");
            label.setId("muscle-label-" + id);
            label.setWrapText(true);
            label.pseudoClassStateChanged(PRIMARY, highlights.get(id) == Intensity.PRIMARY);
            label.pseudoClassStateChanged(SECONDARY, highlights.get(id) == Intensity.SECONDARY);
            Anchor a = chosen.get(id);
            label.setTextAlignment(a.view() == View.FRONT ? TextAlignment.RIGHT : TextAlignment.LEFT);
            label.setAlignment(a.view() == View.FRONT ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            Polyline leader = new Polyline();
            leader.getStyleClass().add("muscle-leader");
            Circle dot = new Circle(2.2);
            dot.getStyleClass().add("muscle-leader-dot");
            leader.setMouseTransparent(true);
            dot.setMouseTransparent(true);
            callouts.getChildren().addAll(leader, dot, label);
            calloutList.add(new Callout(id, label, leader, dot, a));
        }
    }

    /**
     * Front-view muscles are labelled on the left, back-view ones on the right; muscles seen from both sides
     * move to the emptier column so neither side gets crowded.
     */
    static Map<String, Anchor> chooseAnchors(List<String> ids) {
        Map<String, Anchor> chosen = new LinkedHashMap<>();
        EnumMap<View, Integer> count = new EnumMap<>(Map.of(View.FRONT, 0, View.BACK, 0));
        List<String> flexible = new ArrayList<>();
        for (String id : ids) {
            List<Anchor> options = BodyArt.ANCHORS.get(id);
            chosen.put(id, options.get(0));
            count.merge(options.get(0).view(), 1, Integer::sum);
            if (options.size() > 1) {
                flexible.add(id);
            }
        }
        for (String id : flexible) {
            Anchor now = chosen.get(id);
            View other = now.view() == View.FRONT ? View.BACK : View.FRONT;
            if (count.get(now.view()) - count.get(other) >= 2) {
                Anchor alt = BodyArt.ANCHORS.get(id).stream().filter(a -> a.view() == other).findFirst().orElseThrow();
                chosen.put(id, alt);
                count.merge(now.view(), -1, Integer::sum);
                count.merge(other, 1, Integer::sum);
            }
        }
        return chosen;
    }

    // ---------------------------------------------------------------- layout

    @Override
    protected void layoutChildren() {
        boolean small = getWidth() < COMPACT_WIDTH || getHeight() < COMPACT_HEIGHT;
        if (small != compact) {
            compact = small;
            pseudoClassStateChanged(COMPACT, small);
            // Measure the labels at the size they will be drawn at, not the one from the previous pulse.
            applyCss();
        }
        Insets in = getInsets();
        double x0 = in.getLeft();
        double y0 = in.getTop();
        double cw = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double ch = Math.max(0, getHeight() - in.getTop() - in.getBottom());

        double legendH = legend.prefHeight(-1);
        double legendW = Math.min(cw, legend.prefWidth(-1));
        double captionH = Math.max(frontCaption.prefHeight(-1), backCaption.prefHeight(-1));
        double figAreaH = Math.max(0, ch - legendH - captionH - 2 * ROW_GAP);

        double[] leftCol = columnWidths(View.FRONT);
        double[] rightCol = columnWidths(View.BACK);
        double leader = compact ? LEADER * 0.6 : LEADER;
        double leaderL = leftCol[0] > 0 ? leader : 0;
        double leaderR = rightCol[0] > 0 ? leader : 0;
        double s = figAreaH / BodyArt.HEIGHT;
        double columnL = leftCol[0];
        double columnR = rightCol[0];
        double room = cw - PAIR_WIDTH * s - leaderL - leaderR;
        if (columnL + columnR > room) {
            // Give each column at least its longest word (labels only wrap between words), share the rest,
            // then shrink the figures if even that does not fit.
            double half = Math.max(0, room / 2);
            columnL = Math.max(leftCol[1], Math.min(leftCol[0], half));
            columnR = Math.max(rightCol[1], Math.min(rightCol[0], Math.max(half, room - columnL)));
            columnL = Math.max(leftCol[1], Math.min(leftCol[0], Math.max(half, room - columnR)));
            s = Math.min(s, (cw - columnL - columnR - leaderL - leaderR) / PAIR_WIDTH);
        }
        s = Math.max(s, 0.01);
        double figW = PAIR_WIDTH * s;
        double figH = BodyArt.HEIGHT * s;
        double blockW = figW + columnL + columnR + leaderL + leaderR;
        double left = x0 + (cw - blockW) / 2;
        double figX = left + columnL + leaderL;
        // Figures, captions and legend stay together as one block when the width, not the height, sets the scale.
        double blockH = figH + ROW_GAP + captionH + ROW_GAP + legendH;
        double figY = y0 + Math.max(0, (ch - blockH) / 2);

        scale.setX(s);
        scale.setY(s);
        figures.setLayoutX(figX);
        figures.setLayoutY(figY);

        double capY = figY + figH + ROW_GAP;
        placeCentered(frontCaption, figX + BodyArt.WIDTH * s / 2, capY, captionH);
        placeCentered(backCaption, figX + (BodyArt.WIDTH * 1.5 + FIGURE_GAP) * s, capY, captionH);
        double legendY = capY + captionH + ROW_GAP;
        legend.resizeRelocate(x0 + (cw - legendW) / 2, legendY, legendW, legendH);

        double colTop = y0;
        double colBottom = legendY - ROW_GAP;
        layoutColumn(View.FRONT, left, columnL, figX, figY, s, colTop, colBottom);
        layoutColumn(View.BACK, figX + figW + leaderR, columnR, figX, figY, s, colTop, colBottom);
    }

    /** {preferred width, width of the longest word} of the labels in one column; zeros when it is empty. */
    private double[] columnWidths(View view) {
        double pref = 0;
        double word = 0;
        for (Callout c : calloutList) {
            if (c.anchor().view() != view) {
                continue;
            }
            pref = Math.max(pref, Math.ceil(c.label().prefWidth(-1)));
            Text probe = new Text();
            probe.setFont(c.label().getFont());
            Insets pad = c.label().getInsets();
            for (String w : c.label().getText().split("\\s+")) {
                probe.setText(w);
                word = Math.max(word, Math.ceil(probe.getLayoutBounds().getWidth() + pad.getLeft() + pad.getRight()) + 1);
            }
        }
        return new double[] {pref, Math.min(pref, word)};
    }

    private static void placeCentered(Label l, double cx, double y, double h) {
        double w = l.prefWidth(-1);
        l.resizeRelocate(cx - w / 2, y, w, h);
    }

    private void layoutColumn(View view, double colX, double column, double figX, double figY, double s,
                              double top, double bottom) {
        List<Callout> side = new ArrayList<>(calloutList.stream().filter(c -> c.anchor().view() == view).toList());
        side.sort(Comparator.comparingDouble(c -> c.anchor().y()));
        int n = side.size();
        double[] centers = new double[n];
        double[] heights = new double[n];
        double[] widths = new double[n];
        double[][] anchors = new double[n][];
        for (int i = 0; i < n; i++) {
            Callout c = side.get(i);
            double ax = view == View.FRONT
                    ? figX + c.anchor().x() * s
                    : figX + (BodyArt.WIDTH + FIGURE_GAP + BodyArt.WIDTH - c.anchor().x()) * s;
            double ay = figY + c.anchor().y() * s;
            anchors[i] = new double[] {ax, ay};
            widths[i] = Math.min(column, c.label().prefWidth(-1));
            heights[i] = c.label().prefHeight(widths[i]);
            centers[i] = ay;
        }
        double[] tops = LabelStacker.stack(centers, heights, top, bottom, LABEL_GAP);
        for (int i = 0; i < n; i++) {
            Callout c = side.get(i);
            double lx = view == View.FRONT ? colX + column - widths[i] : colX;
            c.label().resizeRelocate(lx, tops[i], widths[i], heights[i]);
            double cy = tops[i] + heights[i] / 2;
            double startX = view == View.FRONT ? colX + column + LABEL_GAP : colX - LABEL_GAP;
            double elbowX = view == View.FRONT ? startX + 6 : startX - 6;
            c.leader().getPoints().setAll(startX, cy, elbowX, cy, anchors[i][0], anchors[i][1]);
            c.dot().setCenterX(anchors[i][0]);
            c.dot().setCenterY(anchors[i][1]);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 480;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 160;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 120;
    }

    private void updateAccessibleText() {
        List<String> primary = new ArrayList<>();
        List<String> secondary = new ArrayList<>();
        highlights.forEach((id, in) -> (in == Intensity.PRIMARY ? primary : secondary)
                .add(MuscleNames.displayName(id).orElseThrow()));
        StringBuilder sb = new StringBuilder("Muscle map");
        if (!primary.isEmpty()) {
            sb.append(". Primary: ").append(String.join(", ", primary));
        }
        if (!secondary.isEmpty()) {
            sb.append(". Secondary: ").append(String.join(", ", secondary));
        }
        setAccessibleText(sb.toString());
    }
}
