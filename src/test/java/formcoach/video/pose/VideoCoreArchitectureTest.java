package formcoach.video.pose;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Decoding and pose are cores: the command line runs them with no display. */
class VideoCoreArchitectureTest {
    @Test
    void decodeAndPoseDoNotUseJavaFx() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("formcoach.video.decode", "formcoach.video.pose");
        noClasses().that().resideInAnyPackage("formcoach.video.decode..", "formcoach.video.pose..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..", "formcoach.app..", "formcoach.video.ui..")
                .because("video analyze runs these over SSH, and tests run them without a toolkit")
                .check(classes);
    }
}
