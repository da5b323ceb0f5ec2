package formcoach.library.ui;

import formcoach.library.ImportReport;
import formcoach.library.Library;
import formcoach.library.LibraryException;
import formcoach.library.SearchFilter;
import formcoach.library.SearchHit;
import formcoach.library.Source;
import formcoach.store.StoreException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The only part of the browse screen that calls the library. */
final class BrowseInteractor {
    private final BrowseModel model;
    private Library library;

    BrowseInteractor(BrowseModel model) {
        this.model = model;
    }

    void attach(Library lib) {
        this.library = lib;
        model.markLoaded();
        refresh();
    }

    void loadFailed(String message) {
        model.showLoadError(message);
    }

    boolean loaded() {
        return library != null;
    }

    SearchFilter filter() {
        return new SearchFilter(Set.copyOf(model.categories()), Set.copyOf(model.muscles()),
                Set.copyOf(model.equipment()), Set.copyOf(model.faults()), Set.copyOf(model.origins()));
    }

    /** Runs the search for what is typed and filtered; the index answers in well under a frame. */
    void refresh() {
        if (library == null) {
            return;
        }
        String q = model.queryProperty().get();
        boolean favOnly = model.favouritesOnlyProperty().get();
        Set<String> favs = new HashSet<>(library.favourites());
        List<BrowseModel.Row> rows = new ArrayList<>();
        for (SearchHit h : library.search(q == null ? "" : q, filter())) {
            boolean fav = favs.contains(h.exercise().id());
            if (favOnly && !fav) {
                continue;
            }
            String also = h.matched() == null || h.matched().equalsIgnoreCase(h.exercise().name()) ? "" : h.matched();
            rows.add(new BrowseModel.Row(h.exercise(), also, fav));
        }
        int total = library.all().size();
        boolean narrowed = (q != null && !q.isBlank()) || model.filteredBinding().get();
        model.showRows(rows, countText(rows.size(), total, narrowed), !library.customExercises().isEmpty());
    }

    static String countText(int shown, int total, boolean narrowed) {
        if (!narrowed) {
            return Texts.count(total, "exercise", "exercises");
        }
        return shown + " of " + Texts.count(total, "exercise", "exercises");
    }

    ImportReport importFile(Path file) throws LibraryException, StoreException {
        return library.importFile(file);
    }

    void showImport(ImportReport r) {
        model.showBanner(new BrowseModel.Banner(false, importSummary(r), String.join("\n", r.notes())));
        refresh();
    }

    static String importSummary(ImportReport r) {
        StringBuilder sb = new StringBuilder("Imported ").append(r.file()).append(": ")
                .append(r.added()).append(" added, ").append(r.updated()).append(" updated, ")
                .append(r.skipped()).append(" skipped");
        if (r.unchanged() > 0) {
            sb.append(", ").append(r.unchanged()).append(" already up to date");
        }
        return sb.append('.').toString();
    }

    void showImportRefused(String message) {
        model.showBanner(new BrowseModel.Banner(true, "Nothing was imported.", message));
    }

    int export(Path file, boolean customOnly) throws LibraryException {
        return library.export(file, customOnly);
    }

    void showExport(int count, Path file, boolean customOnly) {
        model.showBanner(new BrowseModel.Banner(false, "Exported " + Texts.count(count,
                customOnly ? "exercise of yours" : "exercise", customOnly ? "exercises of yours" : "exercises")
                + " to " + file + ".", ""));
    }

    void showExportFailed(String message) {
        model.showBanner(new BrowseModel.Banner(true, "Nothing was exported.", message));
    }

    static String suggestedExportName(boolean customOnly) {
        return customOnly ? "my-exercises.json" : "formcoach-exercises.json";
    }

}
