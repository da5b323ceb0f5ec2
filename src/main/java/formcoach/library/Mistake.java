package formcoach.library;

/** A common mistake with a move and how to put it right. */
public record Mistake(String mistake, String fix) {
    public Mistake {
        mistake = Lists.text(mistake);
        fix = Lists.text(fix);
    }
}
