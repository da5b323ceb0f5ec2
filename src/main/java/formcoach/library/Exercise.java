package formcoach.library;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Optional;

/**
 * One exercise, in the shape of content-schema.md. Missing lists read as empty and missing texts as
 * "", so views never meet a null; whether a field was really there is the validators' business.
 *
 * @param source where it came from; absent in asset files (builtin), present in stored and exported ones
 * @param images picture paths (absolute, from an import); left out of the JSON when empty
 */
@JsonPropertyOrder({"id", "name", "aliases", "category", "equipment", "level", "muscles", "summary", "cue",
        "setup", "execution", "breathing", "tempo", "faults", "mistakes", "source", "images"})
public record Exercise(String id, String name, List<String> aliases, Category category, List<Equipment> equipment,
                       Level level, Muscles muscles, String summary, String cue, List<String> setup,
                       List<String> execution, String breathing, String tempo, List<FaultCue> faults,
                       List<Mistake> mistakes, Source source,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> images) implements formcoach.store.StoredRecord {
    public Exercise {
        id = Lists.text(id);
        name = Lists.text(name);
        aliases = Lists.copy(aliases, "aliases");
        equipment = Lists.copy(equipment, "equipment");
        muscles = muscles == null ? new Muscles(List.of(), List.of()) : muscles;
        summary = Lists.text(summary);
        cue = Lists.text(cue);
        setup = Lists.copy(setup, "setup");
        execution = Lists.copy(execution, "execution");
        breathing = Lists.text(breathing);
        tempo = Lists.text(tempo);
        faults = Lists.copy(faults, "faults");
        mistakes = Lists.copy(mistakes, "mistakes");
        source = source == null ? Source.BUILTIN : source;
        images = Lists.copy(images, "images");
    }

    /**
     * A stored (custom or imported) exercise needs an id, a name and a category, and each fault
     * entry needs its fault: the screens and the command line rely on them.
     */
    @Override
    public String storeProblem() {
        if (id.isBlank()) {
            return "it has no id";
        }
        if (name.isBlank()) {
            return "'" + id + "' has no name";
        }
        if (category == null) {
            return "'" + id + "' has no category";
        }
        for (int i = 0; i < faults.size(); i++) {
            if (faults.get(i).fault() == null) {
                return "'" + id + "': fault entry " + (i + 1) + " does not say which fault it is";
            }
        }
        return null;
    }

    /** This exercise's entry for {@code fault}, if it has one. */
    public Optional<FaultCue> fault(Fault fault) {
        return faults.stream().filter(f -> f.fault() == fault).findFirst();
    }

    @JsonIgnore
    public boolean isLift() {
        return category != null && category.isLift();
    }

    public Exercise withSource(Source s) {
        return new Exercise(id, name, aliases, category, equipment, level, muscles, summary, cue, setup, execution,
                breathing, tempo, faults, mistakes, s, images);
    }

    public Exercise withId(String newId) {
        return new Exercise(newId, name, aliases, category, equipment, level, muscles, summary, cue, setup, execution,
                breathing, tempo, faults, mistakes, source, images);
    }

    public Exercise withImages(List<String> newImages) {
        return new Exercise(id, name, aliases, category, equipment, level, muscles, summary, cue, setup, execution,
                breathing, tempo, faults, mistakes, source, newImages);
    }

    /** Words in a cue, for the ≤ 8 words rule: runs of non-space characters. */
    public static int wordCount(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
