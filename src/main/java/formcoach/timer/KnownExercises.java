package formcoach.timer;

import com.fasterxml.jackson.databind.JsonNode;
import formcoach.store.Assets;
import formcoach.store.Json;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Exercise ids the timer may refer to, for callers that do not have the library at hand (the
 * command line). The app passes the library's own lookup to {@link Routines#load} instead.
 */
public final class KnownExercises {
    /**
     * The fixed id list of the shared content contract (docs: content-schema). Every id here is
     * promised to exist in {@code assets/exercises}; the built-in routines use only these.
     */
    public static final Set<String> CONTRACT = Set.of(
            "barbell-bent-over-row", "pendlay-row", "one-arm-dumbbell-row", "seated-cable-row", "chest-supported-row",
            "inverted-row", "t-bar-row",
            "wide-grip-lat-pulldown", "close-grip-lat-pulldown", "straight-arm-pulldown", "single-arm-cable-pulldown",
            "pull-up", "chin-up", "band-assisted-pull-up", "negative-pull-up",
            "conventional-deadlift", "romanian-deadlift", "trap-bar-deadlift", "sumo-deadlift", "rack-pull",
            "face-pull", "band-pull-apart", "ytwl-raise", "prone-y-raise", "scapular-pull-up", "wall-angel", "chin-tuck",
            "light-rowing", "easy-cycling", "arm-circles", "shoulder-rolls", "march-in-place",
            "thoracic-rotation", "open-book", "cat-cow", "thread-the-needle", "foam-roll-upper-back",
            "doorway-pec-stretch", "childs-pose", "overhead-triceps-stretch", "upper-trap-stretch",
            "levator-scapulae-stretch", "kneeling-lat-stretch", "cross-body-shoulder-stretch",
            "dowel-hip-hinge");

    private KnownExercises() {
    }

    /**
     * The {@code id} of every exercise object in {@code assets/exercises/*.json}. Files that do not
     * read are skipped here: the library reports them with file and field.
     */
    public static Set<String> fromAssets() {
        Set<String> ids = new LinkedHashSet<>();
        for (Assets.AssetFile f : Assets.list("exercises")) {
            try {
                JsonNode root = Json.mapper().readTree(f.bytes());
                if (root != null && root.isArray()) {
                    for (JsonNode ex : root) {
                        JsonNode id = ex.path("id");
                        if (id.isTextual()) {
                            ids.add(id.asText());
                        }
                    }
                }
            } catch (IOException e) {
                // reported by the library's own checks
            }
        }
        return Set.copyOf(ids);
    }

    /**
     * The ids in the exercise assets, or the contract list while this build carries no exercise
     * files (the timer can be built and tested before the content is in).
     */
    public static Set<String> fromAssetsOrContract() {
        Set<String> ids = fromAssets();
        return ids.isEmpty() ? CONTRACT : ids;
    }
}
