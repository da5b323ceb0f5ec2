package formcoach.paincheck;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The properties of rules §7 (version 2), each over 10,000 random fact sets, with no exceptions:
 * every red flag gives at least its own level whatever else is true; switching any optional key
 * except easesWithLightMovement on, switching painAtRest on, raising severity or raising
 * daysSinceOnset never lowers the level; switching improving, worseWithMovement or
 * easesWithLightMovement on never raises it; every output has an action, a safety net and a reason.
 * Then the properties of §8 that hold for every answer: decisive reasons only at URGENT and above,
 * no anti-inflammatories where they are ruled out, self-care that follows the day, "check again"
 * only where a re-check is offered, and the names of one region only.
 */
class TriagePropertiesTest {
    static Triage triage;
    static PainChecker checker;
    static Region gb;

    static final List<FactKey> OPTIONAL = FactKey.booleans().stream().filter(k -> !k.required()).toList();
    /** Symptoms: every optional key but the one reassurance (§7 properties). */
    static final List<FactKey> SYMPTOMS = OPTIONAL.stream().filter(k -> k != FactKey.EASES_WITH_LIGHT_MOVEMENT).toList();
    static final List<FactKey> REASSURANCE = List.of(FactKey.IMPROVING, FactKey.WORSE_WITH_MOVEMENT, FactKey.EASES_WITH_LIGHT_MOVEMENT);

    /** A red flag as a change to the facts, with the level it must reach at least. */
    record RedFlag(String name, UnaryOperator<Facts> apply, Level atLeast) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<RedFlag> RED_FLAGS = List.of(
            on(FactKey.CHEST_PAIN_OR_PRESSURE, Level.EMERGENCY), on(FactKey.SHORTNESS_OF_BREATH, Level.EMERGENCY),
            on(FactKey.PAIN_SPREADS_TO_ARM_JAW_OR_NECK, Level.EMERGENCY), on(FactKey.SWEATING_OR_NAUSEA, Level.EMERGENCY),
            on(FactKey.SUDDEN_TEARING_PAIN, Level.EMERGENCY), on(FactKey.DARK_URINE, Level.EMERGENCY),
            on(FactKey.BLADDER_OR_BOWEL_CHANGE, Level.EMERGENCY), on(FactKey.SADDLE_NUMBNESS, Level.EMERGENCY),
            on(FactKey.LEG_WEAKNESS_OR_NUMBNESS, Level.EMERGENCY), on(FactKey.RECENT_TRAUMA, Level.EMERGENCY),
            on(FactKey.FAINTING_OR_COLLAPSE, Level.EMERGENCY), on(FactKey.FAST_HEARTBEAT, Level.EMERGENCY),
            on(FactKey.COUGHING_BLOOD, Level.EMERGENCY), on(FactKey.STROKE_SIGNS, Level.EMERGENCY),
            on(FactKey.LITTLE_OR_NO_URINE, Level.EMERGENCY),
            new RedFlag("character tearing", f -> f.with(FactKey.CHARACTER, PainCharacter.TEARING), Level.EMERGENCY),
            new RedFlag("cancer + arm numbness", f -> f.with(FactKey.HISTORY_OF_CANCER, true).with(FactKey.NUMBNESS_OR_TINGLING, true), Level.EMERGENCY),
            new RedFlag("cancer + arm weakness", f -> f.with(FactKey.HISTORY_OF_CANCER, true).with(FactKey.ARM_WEAKNESS, true), Level.EMERGENCY),
            new RedFlag("calf + breathing in", f -> f.with(FactKey.CALF_SWELLING_OR_PAIN, true).with(FactKey.WORSE_ON_BREATHING_IN, true), Level.EMERGENCY),
            on(FactKey.FEVER, Level.URGENT), on(FactKey.UNEXPLAINED_WEIGHT_LOSS, Level.URGENT), on(FactKey.HISTORY_OF_CANCER, Level.URGENT),
            on(FactKey.NUMBNESS_OR_TINGLING, Level.URGENT), on(FactKey.ARM_WEAKNESS, Level.URGENT),
            on(FactKey.EXTREME_SWELLING_OR_WEAKNESS, Level.URGENT), on(FactKey.POP_OR_CLICK, Level.URGENT),
            on(FactKey.WORSE_ON_BREATHING_IN, Level.URGENT), on(FactKey.CALF_SWELLING_OR_PAIN, Level.URGENT),
            on(FactKey.WORSE_ON_COUGH_SNEEZE_STRAIN, Level.URGENT), on(FactKey.WORSE_AT_NIGHT, Level.URGENT),
            on(FactKey.LUMP_OR_CHANGED_SHAPE, Level.URGENT), on(FactKey.UNABLE_TO_USE_ARM, Level.URGENT),
            new RedFlag("non-mechanical pain", f -> f.with(FactKey.PAIN_AT_REST, true).with(FactKey.WORSE_WITH_MOVEMENT, false), Level.URGENT),
            new RedFlag("osteoporosis + onset during the lift", f -> f.with(FactKey.OSTEOPOROSIS_OR_STEROIDS, true).with(FactKey.ONSET_HOURS, 0), Level.URGENT),
            new RedFlag("osteoporosis + one spot", f -> f.with(FactKey.OSTEOPOROSIS_OR_STEROIDS, true).with(FactKey.LOCATION, PainLocation.LOCALIZED), Level.URGENT),
            new RedFlag("immunosuppressed + pain at rest", f -> f.with(FactKey.IMMUNOSUPPRESSED_OR_INJECTS_DRUGS, true).with(FactKey.PAIN_AT_REST, true), Level.URGENT),
            new RedFlag("severity >= 9", f -> f.with(FactKey.SEVERITY, Math.max(9, f.severity())), Level.URGENT),
            new RedFlag("severity >= 7 + pain at rest", f -> f.with(FactKey.SEVERITY, Math.max(7, f.severity())).with(FactKey.PAIN_AT_REST, true), Level.URGENT),
            new RedFlag("severity >= 7 + lost sleep", f -> f.with(FactKey.SEVERITY, Math.max(7, f.severity())).with(FactKey.INTERFERES_WITH_SLEEP_OR_DAILY_LIFE, true), Level.URGENT),
            new RedFlag("severity >= 7", f -> f.with(FactKey.SEVERITY, Math.max(7, f.severity())), Level.SEE_PROFESSIONAL),
            on(FactKey.INTERFERES_WITH_SLEEP_OR_DAILY_LIFE, Level.SEE_PROFESSIONAL),
            new RedFlag("not improving by day 3", f -> f.with(FactKey.IMPROVING, false).with(FactKey.DAYS_SINCE_ONSET, Math.max(3, f.daysSinceOnset())), Level.SEE_PROFESSIONAL),
            new RedFlag("past day 5", f -> f.with(FactKey.DAYS_SINCE_ONSET, Math.max(6, f.daysSinceOnset())), Level.SEE_PROFESSIONAL),
            new RedFlag("shooting", f -> f.with(FactKey.CHARACTER, PainCharacter.SHOOTING), Level.SEE_PROFESSIONAL),
            new RedFlag("burning", f -> f.with(FactKey.CHARACTER, PainCharacter.BURNING), Level.SEE_PROFESSIONAL),
            new RedFlag("pressure", f -> f.with(FactKey.CHARACTER, PainCharacter.PRESSURE), Level.SEE_PROFESSIONAL));

    static RedFlag on(FactKey k, Level l) {
        return new RedFlag(k.id(), f -> f.with(k, true), l);
    }

    @BeforeContainer
    static void load() {
        checker = PainChecker.load();
        triage = checker.triage();
        gb = checker.region("GB");
    }

    @Provide
    Arbitrary<Facts> facts() {
        Arbitrary<Double> onset = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0.0)),
                Tuple.of(5, Arbitraries.doubles().between(0.0, 200.0)),
                Tuple.of(2, Arbitraries.integers().between(1, 96).map(Integer::doubleValue)));
        Arbitrary<PainCharacter> character = Arbitraries.of(PainCharacter.class);
        Arbitrary<PainLocation> location = Arbitraries.of(PainLocation.class);
        Arbitrary<Integer> severity = Arbitraries.integers().between(0, 10);
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 30);
        Arbitrary<List<Boolean>> required = Arbitraries.of(true, false).list().ofSize(3);
        // Each case picks how many optional flags are on: none, a few or many. Calm cases (where a
        // lowering would show) need to be common, and so do crowded ones.
        Arbitrary<List<Boolean>> optional = Arbitraries.of(0, 1, 5, 20).flatMap(pct -> pct == 0
                ? Arbitraries.just(java.util.Collections.nCopies(OPTIONAL.size(), false))
                : Arbitraries.frequency(Tuple.of(100 - pct * 2, false), Tuple.of(pct * 2, true)).list().ofSize(OPTIONAL.size()));
        return Combinators.combine(onset, character, location, severity, days, required, optional).as((o, c, l, s, d, req, opt) -> {
            Map<FactKey, Object> m = new EnumMap<>(FactKey.class);
            m.put(FactKey.ONSET_HOURS, o);
            m.put(FactKey.CHARACTER, c);
            m.put(FactKey.LOCATION, l);
            m.put(FactKey.SEVERITY, s);
            m.put(FactKey.DAYS_SINCE_ONSET, d);
            m.put(FactKey.IMPROVING, req.get(0));
            m.put(FactKey.WORSE_WITH_MOVEMENT, req.get(1));
            m.put(FactKey.PAIN_AT_REST, req.get(2));
            for (int i = 0; i < OPTIONAL.size(); i++) {
                m.put(OPTIONAL.get(i), opt.get(i));
            }
            return Facts.of(m);
        });
    }

    @Provide
    Arbitrary<RedFlag> redFlags() {
        return Arbitraries.of(RED_FLAGS);
    }

    @Provide
    Arbitrary<String> regions() {
        return Arbitraries.of("GB", "IE", "US", "CA", "AU", "NZ", "FR", "DE", "IN", "JP", "ZZ");
    }

    @Property(tries = 10000)
    void anyRedFlagGivesAtLeastItsLevelWhateverElseIsTrue(@ForAll("facts") Facts facts, @ForAll("redFlags") RedFlag flag) {
        Level level = triage.decide(flag.apply().apply(facts)).level();
        assertThat(level.isAtLeast(flag.atLeast())).as("%s on %s gave %s", flag, facts, level).isTrue();
    }

    @Property(tries = 10000)
    void switchingOnAnySymptomOrRestPainNeverLowersTheLevel(@ForAll("facts") Facts facts) {
        Level base = triage.decide(facts).level();
        for (FactKey key : SYMPTOMS) {
            flipNeverLowers(facts, base, key);
        }
        flipNeverLowers(facts, base, FactKey.PAIN_AT_REST);
    }

    private static void flipNeverLowers(Facts facts, Level base, FactKey key) {
        // the given facts are one side of each flip, so only the other side needs deciding
        boolean wasOn = facts.is(key);
        Level flipped = triage.decide(facts.with(key, !wasOn)).level();
        Level off = wasOn ? flipped : base;
        Level on = wasOn ? base : flipped;
        assertThat(on.isAtLeast(off)).as("%s on %s", key, facts).isTrue();
    }

    @Property(tries = 10000)
    void reassuranceNeverRaisesTheLevel(@ForAll("facts") Facts facts) {
        Level base = triage.decide(facts).level();
        for (FactKey key : REASSURANCE) {
            boolean wasOn = facts.is(key);
            Level flipped = triage.decide(facts.with(key, !wasOn)).level();
            Level off = wasOn ? flipped : base;
            Level on = wasOn ? base : flipped;
            assertThat(off.isAtLeast(on)).as("%s on %s", key, facts).isTrue();
        }
    }

    @Property(tries = 10000)
    void moreSevereOrLongerPainNeverLowersTheLevel(@ForAll("facts") Facts facts) {
        Level base = triage.decide(facts).level();
        Facts worse = facts.with(FactKey.SEVERITY, Math.min(10, facts.severity() + 1));
        Facts longer = facts.with(FactKey.DAYS_SINCE_ONSET, facts.daysSinceOnset() + 1);
        Facts muchLonger = facts.with(FactKey.DAYS_SINCE_ONSET, facts.daysSinceOnset() + 10);
        assertThat(triage.decide(worse).level().isAtLeast(base)).as("%s", facts).isTrue();
        assertThat(triage.decide(longer).level().isAtLeast(base)).as("%s", facts).isTrue();
        assertThat(triage.decide(muchLonger).level().isAtLeast(base)).as("%s", facts).isTrue();
    }

    @Property(tries = 10000)
    void everyResultHasActionSafetyNetReasonsAndItsLevelIsTheHighestReason(@ForAll("facts") Facts facts) {
        TriageResult r = checker.check(facts, gb);
        assertThat(r.action()).isNotBlank();
        assertThat(r.safetyNet()).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(r.selfCare()).isNotEmpty();
        assertThat(r.reasons()).isNotEmpty();
        assertThat(r.rulesVersion()).isEqualTo("2");
        int maxRank = r.reasons().stream().mapToInt(x -> x.level().rank()).max().orElseThrow();
        assertThat(r.level().rank()).isEqualTo(maxRank);
        assertThat(r.reasons().get(0).level()).isEqualTo(r.level());
        for (int i = 1; i < r.reasons().size(); i++) {
            assertThat(r.reasons().get(i - 1).level().rank()).isGreaterThanOrEqualTo(r.reasons().get(i).level().rank());
        }
        assertThat(r.pattern()).isEqualTo(triage.classify(facts));
    }

    @Property(tries = 10000)
    void atUrgentAndAboveOnlyDecisiveReasonsAndNothingAboutSorenessOrAStrain(@ForAll("facts") Facts facts) {
        TriageResult r = checker.check(facts, gb);
        if (r.level().isAtLeast(Level.URGENT)) {
            assertThat(r.reasons().stream().allMatch(x -> x.level() == r.level())).as("%s", r.reasons()).isTrue();
            String all = (r.action() + " " + String.join(" ", r.selfCare()) + " " + reasonsText(r)).toLowerCase(java.util.Locale.ROOT);
            assertThat(all).doesNotContain("strained").doesNotContain("a strain").doesNotContain("soreness").doesNotContain("stretch")
                    .doesNotContain("keep moving").doesNotContain("massage").doesNotContain("check again");
        }
    }

    private static String reasonsText(TriageResult r) {
        return r.reasons().stream().map(Reason::text).reduce("", (a, b) -> a + " " + b);
    }

    @Property(tries = 10000)
    void noAntiInflammatoryIsSuggestedForSeverePainOrPossibleMuscleBreakdown(@ForAll("facts") Facts facts) {
        boolean rhabdo = facts.is(FactKey.DARK_URINE) || facts.is(FactKey.LITTLE_OR_NO_URINE) || facts.is(FactKey.EXTREME_SWELLING_OR_WEAKNESS);
        if (facts.severity() >= 7 || rhabdo) {
            List<String> care = checker.check(facts, gb).selfCare();
            // plain checks rather than noneSatisfy: AssertJ builds an error per element, which is slow over 10,000 tries
            assertThat(care.stream().filter(s -> !s.startsWith("Take no anti-inflammatory") && !s.contains("paracetamol only"))
                    .anyMatch(s -> s.contains("ibuprofen") || s.contains("anti-inflammator") || s.contains("naproxen")))
                    .as("%s", care).isFalse();
            if (rhabdo) {
                assertThat(care.stream().anyMatch(s -> s.contains("water"))).as("%s", care).isTrue();
            }
        }
    }

    @Property(tries = 10000)
    void strainSelfCareFollowsTheDay(@ForAll("facts") Facts facts) {
        TriageResult r = checker.check(facts, gb);
        if (r.pattern() == Pattern.STRAIN && !r.level().isAtLeast(Level.URGENT)) {
            boolean first48 = r.selfCare().stream().anyMatch(s -> s.contains("48 hours"));
            assertThat(first48).as("day %d: %s", facts.daysSinceOnset(), r.selfCare()).isEqualTo(facts.daysSinceOnset() <= 2);
        }
    }

    @Property(tries = 10000)
    void checkAgainOnlyWhereARecheckIsOffered(@ForAll("facts") Facts facts) {
        TriageResult r = checker.check(facts, gb);
        String all = (r.action() + " " + String.join(" ", r.selfCare()) + " " + String.join(" ", r.safetyNet())).toLowerCase(java.util.Locale.ROOT);
        assertThat(r.recheckOffered()).isEqualTo(!r.level().isAtLeast(Level.URGENT));
        if (!r.recheckOffered()) {
            assertThat(all).doesNotContain("check again");
        }
    }

    @Property(tries = 10000)
    void aStrainReasonNamesOnlySignsThePersonReported(@ForAll("facts") Facts facts) {
        TriageResult r = checker.check(facts, gb);
        r.reasons().stream().filter(x -> x.rule().equals("possible-strain")).findFirst().ifPresent(x -> {
            String t = x.text();
            assertThat(t).doesNotContain("{");
            assertThat(!t.contains("swollen") || facts.is(FactKey.SWELLING)).as(t).isTrue();
            assertThat(!t.contains("bruising") || facts.is(FactKey.BRUISING)).as(t).isTrue();
            assertThat(!t.contains("when you are still") || facts.painAtRest()).as(t).isTrue();
            assertThat(!t.contains("one spot") || facts.location() == PainLocation.LOCALIZED).as(t).isTrue();
            assertThat(!t.contains("during or right after") || facts.onsetHours() == 0).as(t).isTrue();
            assertThat(!t.contains("sharp") || facts.character() == PainCharacter.SHARP).as(t).isTrue();
        });
    }

    @Property(tries = 10000)
    void everyAnswerNamesOneRegionOnly(@ForAll("facts") Facts facts, @ForAll("regions") String code) {
        Region region = checker.region(code);
        TriageResult r = checker.check(facts, region);
        assertThat(r.region()).isEqualTo(code);
        String all = r.action() + " " + String.join(" ", r.selfCare()) + " " + String.join(" ", r.safetyNet()) + " " + reasonsText(r);
        for (String code2 : List.of("GB", "IE", "US", "AU", "NZ", "FR")) {
            Region other = checker.region(code2);
            if (!other.emergencyNumber().equals(region.emergencyNumber()) && !region.emergencyNumber().contains(other.emergencyNumber())
                    && !region.sameDayService().contains(other.emergencyNumber())) {
                assertThat(all).as("%s text names %s's number", code, code2).doesNotContain(other.emergencyNumber() + " ");
            }
            if (!other.sameDayService().equals(region.sameDayService())) {
                assertThat(all).as("%s text names %s's service", code, code2).doesNotContain(other.sameDayService());
            }
            if (!other.emergencyDepartment().equals(region.emergencyDepartment())) {
                assertThat(all).as("%s text names %s's department", code, code2).doesNotContain(other.emergencyDepartment() + " ")
                        .doesNotContain(other.emergencyDepartment() + ".");
            }
        }
        if (r.level() == Level.EMERGENCY) {
            assertThat(r.action()).contains(region.emergencyNumber());
        }
        if (r.level() == Level.URGENT) {
            assertThat(r.action()).contains(region.sameDayService()).contains(region.emergencyDepartment());
        }
    }
}
