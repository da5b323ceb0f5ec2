package formcoach.video;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class NativeSupportTest {
    private static Function<String, URL> only(Set<String> present) {
        return name -> {
            try {
                return present.contains(name) ? new URL("file:/x/" + name) : null;
            } catch (java.net.MalformedURLException e) {
                throw new AssertionError(e);
            }
        };
    }

    @Test
    void thisLinuxBuildCarriesItsVideoLibraries() {
        // the default mvn package jar bundles linux-x86_64's FFmpeg and TensorFlow Lite
        if ("linux-x86_64".equals(org.bytedeco.javacpp.Loader.getPlatform())) {
            assertThat(NativeSupport.missing()).isEmpty();
        }
    }

    @Test
    void aPlatformWithoutTheLibrariesGetsOneSentenceNamingIt() {
        assertThat(NativeSupport.missing("windows-arm64", n -> n + ".dll", only(Set.of())))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Video analysis is not available on this platform (windows-arm64)")
                        .doesNotContain("\n").contains("The rest of Form Coach works as usual"));
    }

    @Test
    void everyLibraryIsNeededTensorFlowLiteToo() {
        Set<String> linuxWithoutTflite = Set.of(
                "org/bytedeco/javacpp/linux-arm64/libjnijavacpp.so",
                "org/bytedeco/ffmpeg/linux-arm64/libjniavutil.so",
                "org/bytedeco/ffmpeg/linux-arm64/libjniavcodec.so",
                "org/bytedeco/ffmpeg/linux-arm64/libjniavformat.so",
                "org/bytedeco/ffmpeg/linux-arm64/libjniswscale.so");
        Function<String, String> so = n -> "lib" + n + ".so";
        assertThat(NativeSupport.missing("linux-arm64", so, only(linuxWithoutTflite))).isPresent();
        Set<String> all = new java.util.HashSet<>(linuxWithoutTflite);
        all.add("org/bytedeco/tensorflowlite/linux-arm64/libjnitensorflowlite.so");
        assertThat(NativeSupport.missing("linux-arm64", so, only(all))).isEmpty();
    }

    @Test
    void aLibraryThatWouldNotLoadIsOneLineToo() {
        assertThat(NativeSupport.couldNotLoad(new UnsatisfiedLinkError("no jniavutil in java.library.path\nmore")))
                .isEqualTo("Video analysis is not available on this computer: its video libraries could not be loaded "
                        + "(UnsatisfiedLinkError: no jniavutil in java.library.path).");
    }
}
