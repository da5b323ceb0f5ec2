package formcoach.paincheck;

/** A pattern definition: the first one whose condition holds names the pattern; none → UNCLEAR. */
public record PatternRule(Pattern pattern, Condition when) {
}
