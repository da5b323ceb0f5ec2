package formcoach.log.ui;

import formcoach.ui.Stylesheets;

import formcoach.library.Fault;
import formcoach.log.Insights;
import formcoach.log.LogBook;
import formcoach.log.MuscleGroup;
import formcoach.log.Session;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pictures: weekly working sets per muscle group over the last 12 weeks, the load ratio with
 * its 0.8–1.3 band, and fault taps per week. Built from {@link Insights}; the theme colours the charts.
 */
final class ChartsPane {
    static final int WEEKS = 12;

    private final LogModel model;
    private final VBox box = new VBox(16);
    private final ScrollPane root = new ScrollPane(box);
    final StackedBarChart<String, Number> groups;
    final LineChart<String, Number> ratio;
    final StackedBarChart<String, Number> faults;
    private final Label ratioNote = new Label();

    ChartsPane(LogModel model) {
        this.model = model;
        groups = new StackedBarChart<>(new CategoryAxis(), axis("working sets"));
        groups.setTitle("Working sets per muscle group, last 12 weeks (primary 1, secondary ½)");
        groups.setId("log-chart-groups");
        ratio = new LineChart<>(new CategoryAxis(), axis("load ratio"));
        ratio.setTitle("Load ratio (all working sets) — keep it inside the 0.8–1.3 band");
        ratio.setId("log-chart-ratio");
        ratio.setCreateSymbols(true);
        faults = new StackedBarChart<>(new CategoryAxis(), axis("sets tapped"));
        faults.setTitle("Fault taps per week");
        faults.setId("log-chart-faults");
        for (var c : List.of(groups, ratio, faults)) {
            c.setAnimated(false);
            c.setMinHeight(260);
            c.setPrefHeight(320);
        }
        ratioNote.setWrapText(true);
        ratioNote.getStyleClass().add("text-muted");
        box.getChildren().addAll(groups, ratio, ratioNote, faults);
        box.setPadding(new Insets(16));
        root.setFitToWidth(true);
        root.getStylesheets().add(Stylesheets.of(ChartsPane.class, "/formcoach/log/ui/log.css"));
        model.changesProperty().addListener((o, a, b) -> refresh());
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis();
        a.setLabel(label);
        a.setForceZeroInRange(true);
        return a;
    }

    Node view() {
        return root;
    }

    void refresh() {
        LogBook book = model.book();
        if (book == null) {
            return;
        }
        Insights in = book.insights();
        LocalDate thisMonday = Insights.monday(book.now().toLocalDate());
        List<LocalDate> mondays = new ArrayList<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            mondays.add(thisMonday.minusWeeks(i));
        }
        List<String> labels = mondays.stream().map(m -> Session.isoWeek(m).substring(5)).toList();

        List<XYChart.Series<String, Number>> gs = new ArrayList<>();
        for (MuscleGroup g : MuscleGroup.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(g.displayName());
            for (int i = 0; i < mondays.size(); i++) {
                s.getData().add(new XYChart.Data<>(labels.get(i), in.sets(mondays.get(i), g.id())));
            }
            gs.add(s);
        }
        replace(groups, labels, gs);

        XYChart.Series<String, Number> r = new XYChart.Series<>();
        r.setName("load ratio");
        XYChart.Series<String, Number> low = new XYChart.Series<>();
        low.setName("0.8 (band bottom)");
        XYChart.Series<String, Number> high = new XYChart.Series<>();
        high.setName("1.3 (band top)");
        XYChart.Series<String, Number> danger = new XYChart.Series<>();
        danger.setName("1.5 (warning)");
        int shown = 0;
        for (int i = 0; i < mondays.size(); i++) {
            var x = in.ratio(mondays.get(i), Insights.TOTAL);
            if (x.isPresent()) {
                r.getData().add(new XYChart.Data<>(labels.get(i), x.get().roundedRatio()));
                shown++;
            }
            low.getData().add(new XYChart.Data<>(labels.get(i), Insights.BAND_LOW));
            high.getData().add(new XYChart.Data<>(labels.get(i), Insights.BAND_HIGH));
            danger.getData().add(new XYChart.Data<>(labels.get(i), Insights.WARNING_RATIO));
        }
        ((CategoryAxis) ratio.getXAxis()).getCategories().setAll(labels);
        ratio.getData().setAll(List.of(low, high, danger, r));
        // the lines' and their legend symbols' colours are in log.css (series 0-2), so both match in either theme
        hideSymbols(low);
        hideSymbols(high);
        hideSymbols(danger);
        ratioNote.setText(shown == 0 ? "The ratio needs three earlier weeks in the log; it shows once they exist."
                : "Between 0.8 and 1.3 the load is rising no faster than the body adapts (Gabbett 2016); from 1.5 the injury risk climbs.");

        Map<Fault, XYChart.Series<String, Number>> fs = new EnumMap<>(Fault.class);
        for (Fault f : Fault.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(f.displayName());
            fs.put(f, s);
        }
        int[][] counts = new int[mondays.size()][Fault.values().length];
        for (Insights.FaultHistory h : in.faultHistory()) {
            h.byDate().forEach((date, m) -> {
                int idx = mondays.indexOf(Insights.monday(date));
                if (idx >= 0) {
                    m.forEach((f, n) -> counts[idx][f.ordinal()] += n);
                }
            });
        }
        for (int i = 0; i < mondays.size(); i++) {
            for (Fault f : Fault.values()) {
                fs.get(f).getData().add(new XYChart.Data<>(labels.get(i), counts[i][f.ordinal()]));
            }
        }
        replace(faults, labels, new ArrayList<>(fs.values()));
    }

    /**
     * New weeks and bars for a stacked bar chart. The old series go first, then the weeks change, then
     * the new series come: StackedBarChart drops the bars of a category that leaves its axis, and
     * when that empties the chart it clears the axis's categories from inside the same change, which
     * comes back to it again and again (a StackOverflowError) when the categories change under bars
     * that are still there, as in a refresh while the chart has never been shown or laid out. With no
     * bars left when the categories change, nothing is dropped from inside the change.
     */
    static void replace(StackedBarChart<String, Number> chart, List<String> categories, List<XYChart.Series<String, Number>> series) {
        chart.getData().clear();
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(categories);
        chart.getData().setAll(series);
    }

    private static void hideSymbols(XYChart.Series<String, Number> s) {
        for (XYChart.Data<String, Number> d : s.getData()) {
            if (d.getNode() != null) {
                d.getNode().setVisible(false);
            }
        }
    }
}
