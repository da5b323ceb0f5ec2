package formcoach.paincheck;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class PainCheckLayerTest {
    @Test
    void painCheckCoreNeverTouchesJavaFxOrTheCommandLine() {
        // only the package's own classes are needed to see what it imports; resolving the rest is slow
        com.tngtech.archunit.ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("formcoach.paincheck");
        noClasses().that().resideInAPackage("formcoach.paincheck")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "formcoach.cli..", "formcoach.app..")
                .because("the pain-check core is shared by the window and the command line and must run headless")
                .check(core);
    }
}
