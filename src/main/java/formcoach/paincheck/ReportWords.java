package formcoach.paincheck;

import formcoach.store.Assets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clinician report's words ({@code assets/paincheck/report.json}): every yes/no fact as a
 * clinical term grouped by body system, the outcome levels, and every rule's reason, written for a
 * clinician in the third person and free of internal codes and source keys.
 */
public record ReportWords(String description, List<SystemGroup> systems, Map<Level, String> levels,
                          Map<String, String> strainSigns, Map<String, String> reasons) {
    public static final String ASSET = "paincheck/report.json";

    /** One body system: its heading and its facts (id → the term that follows "Reports" or "Denies"). */
    public record SystemGroup(String title, LinkedHashMap<String, String> facts) {
    }

    public record Load(ReportWords words, List<String> problems) {
        public Optional<ReportWords> value() {
            return Optional.ofNullable(words);
        }
    }

    public static Load loadAsset() {
        Assets.Checked<ReportWords> c = Assets.readChecked(ASSET, ReportWords.class, ReportWords::validate);
        return new Load(c.value(), c.problems());
    }

    public static Load load(Assets.AssetFile file) {
        Assets.Checked<ReportWords> c = Assets.checked(file, ReportWords.class, ReportWords::validate);
        return new Load(c.value(), c.problems());
    }

    /** The shipped words; throws when the asset is broken (tests keep it whole). */
    public static ReportWords shipped() {
        Load l = loadAsset();
        return l.value().orElseThrow(() -> new IllegalStateException("the clinician report's words could not be loaded: "
                + String.join("; ", l.problems())));
    }

    /** Every yes/no fact exactly once, every level, the strain signs; reasons are checked against the rules by a test. */
    List<String> validate() {
        List<String> problems = new ArrayList<>();
        Set<FactKey> seen = EnumSet.noneOf(FactKey.class);
        if (systems == null || systems.isEmpty()) {
            problems.add("systems: missing");
        } else {
            for (int i = 0; i < systems.size(); i++) {
                SystemGroup g = systems.get(i);
                if (g == null || g.title() == null || g.title().isBlank() || g.facts() == null) {
                    problems.add("systems[" + i + "]: needs a title and facts");
                    continue;
                }
                for (Map.Entry<String, String> e : g.facts().entrySet()) {
                    Optional<FactKey> k = FactKey.fromId(e.getKey());
                    if (k.isEmpty() || k.get().type() != FactKey.Type.BOOLEAN) {
                        problems.add("systems[" + i + "].facts." + e.getKey() + ": not a yes/no fact");
                    } else if (!seen.add(k.get())) {
                        problems.add("systems[" + i + "].facts." + e.getKey() + ": listed twice");
                    }
                    if (e.getValue() == null || e.getValue().isBlank()) {
                        problems.add("systems[" + i + "].facts." + e.getKey() + ": missing words");
                    }
                }
            }
        }
        for (FactKey k : FactKey.booleans()) {
            if (!seen.contains(k)) {
                problems.add("systems: no system lists the fact " + k.id());
            }
        }
        for (Level l : Level.values()) {
            if (levels == null || levels.get(l) == null || levels.get(l).isBlank()) {
                problems.add("levels." + l + ": missing");
            }
        }
        for (String s : Advice.STRAIN_SIGN_KEYS) {
            if (strainSigns == null || strainSigns.get(s) == null) {
                problems.add("strainSigns." + s + ": missing");
            }
        }
        if (reasons == null) {
            problems.add("reasons: missing");
        }
        return problems;
    }

    /** The clinical reason for a rule; a rule without words here falls back to its own text, never its id. */
    public String reason(Reason r, Facts facts, List<String> notAsked) {
        String text = reasons.get(r.rule());
        if (text == null) {
            return r.text();
        }
        if (text.contains("{strainSigns}")) {
            text = text.replace("{strainSigns}", String.join(", ", strainSignsFor(facts, notAsked)));
        }
        return text;
    }

    /** The signs of a strain that were asked and reported, in the order of Advice's strain rule. */
    List<String> strainSignsFor(Facts f, List<String> notAsked) {
        List<String> out = new ArrayList<>();
        if (f.onsetHours() == 0 && !notAsked.contains(FactKey.ONSET_HOURS.id())) {
            out.add(strainSigns.get("duringTheLift"));
        }
        if (!notAsked.contains(FactKey.CHARACTER.id()) && (f.character() == PainCharacter.SHARP || f.character() == PainCharacter.STABBING)) {
            out.add(strainSigns.get(f.character() == PainCharacter.SHARP ? "sharp" : "stabbing"));
        }
        if (!notAsked.contains(FactKey.LOCATION.id()) && f.location() == PainLocation.LOCALIZED) {
            out.add(strainSigns.get("localized"));
        }
        if (f.is(FactKey.SWELLING)) {
            out.add(strainSigns.get("swelling"));
        }
        if (f.is(FactKey.BRUISING)) {
            out.add(strainSigns.get("bruising"));
        }
        if (f.painAtRest() && !(f.location() == PainLocation.DIFFUSE && f.is(FactKey.EASES_WITH_LIGHT_MOVEMENT))) {
            out.add(strainSigns.get("painAtRest"));
        }
        return out;
    }

    public String level(Level level, Region region) {
        return region.fill(levels.get(level));
    }
}
