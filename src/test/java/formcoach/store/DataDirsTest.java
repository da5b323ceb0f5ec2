package formcoach.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirsTest {
    @Test
    void explicitFolderWinsOverEnvironment() {
        Path p = DataDirs.resolve(Optional.of(Path.of("/tmp/x")), Map.of("FORMCOACH_DATA_DIR", "/tmp/y"), "Linux", "/home/a");
        assertThat(p).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void environmentVariableWinsOverOsDefault() {
        Path p = DataDirs.resolve(Optional.empty(), Map.of("FORMCOACH_DATA_DIR", "/tmp/y"), "Linux", "/home/a");
        assertThat(p).isEqualTo(Path.of("/tmp/y"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataDirs.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/data/formcoach"));
        assertThat(DataDirs.resolve(Optional.empty(), Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/formcoach"));
    }

    @Test
    void macAndWindowsUseTheirUsualFolders() {
        assertThat(DataDirs.resolve(Optional.empty(), Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Form Coach"));
        assertThat(DataDirs.resolve(Optional.empty(), Map.of("APPDATA", "C:/Users/a/AppData/Roaming"), "Windows 11", "C:/Users/a"))
                .isEqualTo(Path.of("C:/Users/a/AppData/Roaming/Form Coach"));
    }
}
