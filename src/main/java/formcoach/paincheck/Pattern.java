package formcoach.paincheck;

/** How the pain behaves: delayed muscle soreness, a possible strain, or neither (§7 step 3). */
public enum Pattern {
    DOMS, STRAIN, UNCLEAR
}
