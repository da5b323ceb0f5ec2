package formcoach.library;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One form fault on one exercise, linked to its fix.
 *
 * @param regression id of an easier exercise that removes or reduces this fault
 */
@JsonPropertyOrder({"fault", "looksLike", "feelsLike", "whyItHurts", "fix", "cue", "selfCheck", "regression"})
public record FaultCue(Fault fault, String looksLike, String feelsLike, String whyItHurts, String fix,
                       String cue, String selfCheck, String regression) {
    public FaultCue {
        looksLike = Lists.text(looksLike);
        feelsLike = Lists.text(feelsLike);
        whyItHurts = Lists.text(whyItHurts);
        fix = Lists.text(fix);
        cue = Lists.text(cue);
        selfCheck = Lists.text(selfCheck);
        regression = Lists.text(regression);
    }
}
