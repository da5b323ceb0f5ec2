package formcoach.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The one list of sections: ids and shortcuts as they always were, and the README's key table read from it. */
class SectionEntryTest {
    @Test
    void idsAndShortcutsStayAsTheyWere() {
        assertThat(Arrays.stream(SectionEntry.values()).map(e -> e.id() + "=" + e.shortcutText()))
                .containsExactly("library=Ctrl+1", "timer=Ctrl+2", "paincheck=Ctrl+3", "history=Ctrl+4", "log=Ctrl+5", "video=Ctrl+6");
        Set<String> titles = new HashSet<>();
        for (SectionEntry e : SectionEntry.values()) {
            assertThat(titles.add(e.title())).as("title %s once", e.title()).isTrue();
            assertThat(e.icon()).startsWith("mdi2");
            assertThat(SectionEntry.byId(e.id())).contains(e);
        }
        assertThat(SectionEntry.byId("nowhere")).isEmpty();
    }

    @Test
    void theReadmeKeyTableListsEverySectionInOrder() throws Exception {
        List<SectionEntry> all = List.of(SectionEntry.values());
        String row = "| Ctrl+1 … " + all.get(all.size() - 1).shortcutText() + " | "
                + all.stream().map(SectionEntry::title).collect(Collectors.joining(" · ")) + " |";
        assertThat(Files.readAllLines(Path.of("README.md"))).contains(row);
    }
}
