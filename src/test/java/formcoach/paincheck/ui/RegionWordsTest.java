package formcoach.paincheck.ui;

import formcoach.paincheck.PainChecker;
import formcoach.paincheck.Region;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emergency number, same-day service and emergency department come from the region setting
 * only: no screen text of the pain check names one region's services itself, so they are never mixed.
 */
class RegionWordsTest {
    /** Numbers and names that belong to one region (rules §8). */
    static final Pattern REGIONAL = Pattern.compile("\\b(999|911|112|000)\\b|NHS 111|A&E|\\bER\\b|urgent care|healthdirect|Healthline");
    static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noPainCheckScreenOrQuestionNamesARegionsServicesItself() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/main/java/formcoach/paincheck/ui"))) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
        files.add(Path.of("src/main/java/formcoach/paincheck/QuestionnaireSession.java"));
        files.add(Path.of("assets/paincheck/questions.json"));
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            // the texts a person can read: string literals, not comments
            String text = Files.readString(f, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
            Matcher m = STRING.matcher(text);
            while (m.find()) {
                Matcher r = REGIONAL.matcher(m.group(1));
                if (r.find()) {
                    found.add(f.getFileName() + ": \"" + m.group(1) + "\"");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyRegionWithItsOwnNamesIsOfferedFirstByName() {
        List<Regions.Choice> choices = Regions.choices(Locale.ENGLISH);
        assertThat(choices.subList(0, 6)).extracting(Regions.Choice::name)
                .containsExactly("United Kingdom", "Ireland", "United States", "Canada", "Australia", "New Zealand");
        assertThat(choices).extracting(Regions.Choice::code).contains("DE", "JP", Region.UNKNOWN).doesNotHaveDuplicates();
        assertThat(choices.get(choices.size() - 1).name()).isEqualTo("No country in particular");
    }

    @Test
    void aRegionsNamesComeFromOneSetNeverMixed() {
        PainChecker c = PainChecker.load();
        assertThat(Regions.describe(c.region("GB"))).contains("999", "NHS 111", "A&E").doesNotContain("911", "112");
        assertThat(Regions.describe(c.region("DE"))).contains("112", "out-of-hours doctor").doesNotContain("999", "NHS");
    }
}
