package formcoach.app;

import formcoach.ui.Stylesheets;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StylesheetCompilerTest {

    @Test
    void theBuildLeftABinaryFormOfEveryStylesheetWithTheSameRules() throws Exception {
        Path classes = Path.of("target/classes");
        List<Path> css;
        try (Stream<Path> files = Files.walk(classes.resolve("formcoach"))) {
            css = files.filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertThat(css).as("our stylesheets").hasSizeGreaterThanOrEqualTo(5);
        for (Path text : css) {
            Path binary = text.resolveSibling(text.getFileName().toString().replace(".css", ".bss"));
            assertThat(binary).as("made by the process-classes step").exists();
            assertSameRules(new CssParser().parse(text.toUri().toURL()), Stylesheet.loadBinary(binary.toUri().toURL()));
        }
        for (String theme : Stylesheets.THEMES) {
            URL source = StylesheetCompilerTest.class.getResource(Stylesheets.themeSource(theme));
            String used = Stylesheets.theme(theme);
            assertThat(used).as("the window uses the binary theme").endsWith(".bss");
            assertSameRules(new CssParser().parse(source), Stylesheet.loadBinary(new URL(used)));
        }
        assertThat(Stylesheets.of(App.class, "/formcoach/app/app.css")).endsWith("/formcoach/app/app.bss");
    }

    private static void assertSameRules(Stylesheet text, Stylesheet binary) {
        assertThat(binary.getRules()).hasSameSizeAs(text.getRules());
        for (int i = 0; i < text.getRules().size(); i++) {
            Rule a = text.getRules().get(i);
            Rule b = binary.getRules().get(i);
            assertThat(b.getSelectors().toString()).isEqualTo(a.getSelectors().toString());
            assertThat(b.getDeclarations()).hasSameSizeAs(a.getDeclarations());
        }
    }

    @Test
    void withoutTheBinaryFormTheTextOneIsUsed() {
        assertThat(Stylesheets.of(StylesheetCompilerTest.class, "/formcoach/ui/only-text.css")).endsWith("/formcoach/ui/only-text.css");
        assertThatThrownBy(() -> Stylesheets.of(App.class, "/formcoach/app/app.txt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void compilesIntoAnyFolder(@TempDir Path dir) throws IOException {
        Path css = dir.resolve("formcoach/x/a.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, ".a { -fx-padding: 4; } .b:hover { -fx-text-fill: red; }");
        StylesheetCompiler.main(new String[]{dir.toString()});
        Stylesheet back = Stylesheet.loadBinary(dir.resolve("formcoach/x/a.bss").toUri().toURL());
        assertThat(back.getRules()).hasSize(2);
        assertThat(dir.resolve("formcoach/app/theme/primer-dark.bss")).exists();
        assertThatThrownBy(() -> StylesheetCompiler.main(new String[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
