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
 * Invariants of the decision over random fact sets. Which yes/no keys are monotone ("switching it on
 * never lowers the level") follows from §7 and is stated here, then proven over 10,000 cases each:
 * <ul>
 * <li>monotone everywhere: every red flag, plus popOrClick, interferesWithSleepOrDailyLife and
 *     easesWithLightMovement (which no §7 rule reads);</li>
 * <li>{@code improving} and {@code worseWithMovement} lower the level by design (they switch off
 *     "not improving by day 3" and "non-mechanical pain");</li>
 * <li>{@code swelling}, {@code bruising} and {@code painAtRest} move the pattern to STRAIN. Under §7
 *     that lowers the level in one window: a DOMS-pattern pain on days 6-14 is SEE_PROFESSIONAL
 *     ("soreness past day 5"), the same pain with swelling is a strain, which is only escalated after
 *     day 14. They are monotone outside days 6-14; {@code literalRulesLetSwellingLowerTheLevelOnDays6To14}
 *     in TriageRulesGapsTest pins the gap for the clinical reviewer.</li>
 * </ul>
 */
class TriagePropertiesTest {
    static Triage triage;
    static PainChecker checker;

    static final List<FactKey> MONOTONE = List.of(
            FactKey.EASES_WITH_LIGHT_MOVEMENT, FactKey.POP_OR_CLICK, FactKey.INTERFERES_WITH_SLEEP_OR_DAILY_LIFE,
            FactKey.NUMBNESS_OR_TINGLING, FactKey.ARM_WEAKNESS, FactKey.LEG_WEAKNESS_OR_NUMBNESS, FactKey.SADDLE_NUMBNESS,
            FactKey.BLADDER_OR_BOWEL_CHANGE, FactKey.CHEST_PAIN_OR_PRESSURE, FactKey.SHORTNESS_OF_BREATH,
            FactKey.PAIN_SPREADS_TO_ARM_JAW_OR_NECK, FactKey.SWEATING_OR_NAUSEA, FactKey.SUDDEN_TEARING_PAIN,
            FactKey.DARK_URINE, FactKey.EXTREME_SWELLING_OR_WEAKNESS, FactKey.FEVER, FactKey.UNEXPLAINED_WEIGHT_LOSS,
            FactKey.HISTORY_OF_CANCER, FactKey.RECENT_TRAUMA);
    static final List<FactKey> OPTIONAL = FactKey.booleans().stream().filter(k -> !k.required()).toList();
    static final List<FactKey> STRAIN_SIGNS = List.of(FactKey.SWELLING, FactKey.BRUISING, FactKey.PAIN_AT_REST);

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
            new RedFlag("character tearing", f -> f.with(FactKey.CHARACTER, PainCharacter.TEARING), Level.EMERGENCY),
            new RedFlag("cancer + arm numbness", f -> f.with(FactKey.HISTORY_OF_CANCER, true).with(FactKey.NUMBNESS_OR_TINGLING, true), Level.EMERGENCY),
            new RedFlag("cancer + arm weakness", f -> f.with(FactKey.HISTORY_OF_CANCER, true).with(FactKey.ARM_WEAKNESS, true), Level.EMERGENCY),
            on(FactKey.FEVER, Level.URGENT), on(FactKey.UNEXPLAINED_WEIGHT_LOSS, Level.URGENT),
            on(FactKey.HISTORY_OF_CANCER, Level.URGENT), on(FactKey.NUMBNESS_OR_TINGLING, Level.URGENT),
            on(FactKey.ARM_WEAKNESS, Level.URGENT), on(FactKey.EXTREME_SWELLING_OR_WEAKNESS, Level.URGENT),
            on(FactKey.POP_OR_CLICK, Level.URGENT),
            new RedFlag("non-mechanical pain", f -> f.with(FactKey.PAIN_AT_REST, true).with(FactKey.WORSE_WITH_MOVEMENT, false), Level.URGENT),
            new RedFlag("severity >= 7", f -> f.with(FactKey.SEVERITY, Math.max(7, f.severity())), Level.SEE_PROFESSIONAL),
            on(FactKey.INTERFERES_WITH_SLEEP_OR_DAILY_LIFE, Level.SEE_PROFESSIONAL),
            new RedFlag("not improving by day 3", f -> f.with(FactKey.IMPROVING, false).with(FactKey.DAYS_SINCE_ONSET, Math.max(3, f.daysSinceOnset())), Level.SEE_PROFESSIONAL),
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
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 20);
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

    @Property(tries = 10000)
    void anyRedFlagGivesAtLeastItsLevelWhateverElseIsTrue(@ForAll("facts") Facts facts, @ForAll("redFlags") RedFlag flag) {
        Level level = triage.decide(flag.apply().apply(facts)).level();
        assertThat(level.isAtLeast(flag.atLeast())).as("%s on %s gave %s", flag, facts, level).isTrue();
    }

    @Property(tries = 10000)
    void switchingOnAMonotoneSymptomNeverLowersTheLevel(@ForAll("facts") Facts facts) {
        Level base = triage.decide(facts).level();
        for (FactKey key : MONOTONE) {
            // the given facts are one side of each flip, so only the other side needs deciding
            boolean wasOn = facts.is(key);
            Level flipped = triage.decide(facts.with(key, !wasOn)).level();
            Level off = wasOn ? flipped : base;
            Level on = wasOn ? base : flipped;
            assertThat(on.isAtLeast(off)).as("%s on %s", key, facts).isTrue();
        }
    }

    @Property(tries = 10000)
    void strainSignsNeverLowerTheLevelOutsideDays6To14(@ForAll("facts") Facts facts) {
        Facts base = facts.daysSinceOnset() >= 6 && facts.daysSinceOnset() <= 14
                ? facts.with(FactKey.DAYS_SINCE_ONSET, facts.daysSinceOnset() % 6) : facts;
        for (FactKey key : STRAIN_SIGNS) {
            Facts off = base.with(key, false);
            Facts on = base.with(key, true);
            assertThat(triage.decide(on).level().isAtLeast(triage.decide(off).level())).as("%s on %s", key, off).isTrue();
        }
    }

    @Property(tries = 10000)
    void moreSevereOrLongerPainNeverLowersTheLevel(@ForAll("facts") Facts facts) {
        Level base = triage.decide(facts).level();
        Facts worse = facts.with(FactKey.SEVERITY, Math.min(10, facts.severity() + 1));
        Facts longer = facts.with(FactKey.DAYS_SINCE_ONSET, facts.daysSinceOnset() + 1);
        assertThat(triage.decide(worse).level().isAtLeast(base)).isTrue();
        assertThat(triage.decide(longer).level().isAtLeast(base)).isTrue();
    }

    @Property(tries = 10000)
    void everyResultHasActionSafetyNetReasonsAndItsLevelIsTheHighestReason(@ForAll("facts") Facts facts) {
        TriageResult r = checker.check(facts, "999");
        assertThat(r.action()).isNotBlank();
        assertThat(r.safetyNet()).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(r.selfCare()).isNotEmpty();
        assertThat(r.reasons()).isNotEmpty();
        int maxRank = r.reasons().stream().mapToInt(x -> x.level().rank()).max().orElseThrow();
        assertThat(r.level().rank()).isGreaterThanOrEqualTo(maxRank).isEqualTo(maxRank);
        assertThat(r.reasons().get(0).level()).isEqualTo(r.level());
        for (int i = 1; i < r.reasons().size(); i++) {
            assertThat(r.reasons().get(i - 1).level().rank()).isGreaterThanOrEqualTo(r.reasons().get(i).level().rank());
        }
        assertThat(r.pattern()).isEqualTo(triage.classify(facts));
    }

    @Property(tries = 10000)
    void noAntiInflammatoryIsSuggestedWhenMuscleBreakdownIsPossible(@ForAll("facts") Facts facts) {
        if (facts.darkUrine() || facts.extremeSwellingOrWeakness()) {
            List<String> care = checker.check(facts, "999").selfCare();
            assertThat(care.stream().anyMatch(s -> s.startsWith("Do not take anti-inflammatory painkillers"))).isTrue();
            // plain checks rather than noneSatisfy: AssertJ builds an error per element, which is slow over 10,000 tries
            assertThat(care.stream().filter(s -> !s.startsWith("Do not take"))
                    .anyMatch(s -> s.contains("ibuprofen") || s.contains("anti-inflammator"))).as("%s", care).isFalse();
        }
    }

    @Property(tries = 10000)
    void emergencyAndUrgentSelfCareNeverSuggestsExercise(@ForAll("facts") Facts facts) {
        TriageResult r = checker.check(facts, "999");
        if (r.level().isAtLeast(Level.URGENT)) {
            String all = String.join(" ", r.selfCare()).toLowerCase();
            assertThat(all).doesNotContain("stretch").doesNotContain("keep moving").doesNotContain("massage");
        }
    }
}
