package formcoach.figure;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import formcoach.library.Fault;

import java.util.List;
import java.util.Map;

/**
 * One lift's figure as it is written in {@code assets/figures/<lift>.json}: how it is set up, the key
 * positions of a clean rep on the lift's tempo, and for each fault what changes at which moment of
 * the rep. Angles in degrees, lengths in metres; see {@link PoseParam} for what each pose number means.
 *
 * @param lift      the library id
 * @param about     a sentence for the coach reading the file
 * @param tempo     seconds for pull-squeeze-lower, as the library gives it (e.g. "1-1-2")
 * @param equipment what moves with the hands
 * @param anchor    what stays put: the feet on the floor, the hips on a seat, or the hands on a bar
 * @param anchorAt  where the anchor sits, [forward, up] in metres
 * @param oneArm    true when only the right arm works (the left one takes its own angles)
 * @param views     the views that show this lift's faults ("side", and "back" where it helps)
 * @param pulley    for cable lifts, where the cable runs to, [forward, up]
 * @param props     fixed things drawn for context (a bench, a seat)
 * @param setup     key positions getting into the start, each {@code seconds} after the one before
 * @param rep       key positions of the clean rep; each lists only what changed from the one before
 * @param faults    each fault: the same rep with changes added at the moments given
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FigureAsset(
        @JsonProperty(required = true) String lift,
        String about,
        @JsonProperty(required = true) String tempo,
        @JsonProperty(required = true) Equipment equipment,
        @JsonProperty(required = true) Anchor anchor,
        @JsonProperty(required = true) List<Double> anchorAt,
        Boolean oneArm,
        @JsonProperty(required = true) List<String> views,
        List<Double> pulley,
        List<Prop> props,
        @JsonProperty(required = true) List<SetupKey> setup,
        @JsonProperty(required = true) List<RepKey> rep,
        @JsonProperty(required = true) Map<Fault, FaultChange> faults) {

    public FigureAsset {
        props = props == null ? List.of() : List.copyOf(props);
        oneArm = oneArm != null && oneArm;
    }

    public enum Equipment {
        @JsonProperty("barbell") BARBELL,
        @JsonProperty("dumbbell") DUMBBELL,
        @JsonProperty("cable-handle") CABLE_HANDLE,
        @JsonProperty("lat-bar") LAT_BAR,
        @JsonProperty("pull-up-bar") PULL_UP_BAR
    }

    public enum Anchor {
        @JsonProperty("feet") FEET,
        @JsonProperty("seat") SEAT,
        @JsonProperty("hands") HANDS
    }

    /** A fixed box (a seat, a bench): where its back edge ({@code forward}) and bottom ({@code up}) are, from the side, and its size; metres. */
    public record Prop(@JsonProperty(required = true) String kind, double forward, double up, double width, double height) {
    }

    public record SetupKey(double seconds, @JsonProperty(required = true) Map<String, Double> pose) {
    }

    /** A key position at {@code at} (0–1) through the named phase: pull, squeeze or lower. */
    public record RepKey(@JsonProperty(required = true) String phase, double at, @JsonProperty(required = true) Map<String, Double> pose) {
    }

    /**
     * A fault: what it shows in words (compare with the fault card's "looks like"), an optional tempo
     * of its own (momentum drops the weight), and changes added to the clean rep at given moments.
     */
    public record FaultChange(@JsonProperty(required = true) String shows, String tempo,
                              @JsonProperty(required = true) List<RepKey> changes) {
    }
}
