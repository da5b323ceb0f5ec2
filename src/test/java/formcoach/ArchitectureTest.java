package formcoach;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/** The layering rules of docs/architecture: cores stay free of JavaFX; feature views stay apart. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("formcoach");
    }

    @Test
    void corePackagesDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage(
                        "formcoach.library..", "formcoach.timer..", "formcoach.paincheck..", "formcoach.store..", "formcoach.cli..",
                        "formcoach.figure..", "formcoach.video", "formcoach.log..", "formcoach.beforeyoulift..")
                .and().resideOutsideOfPackages("formcoach..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
                .because("cores are shared by the command line, which must never touch the display, and are tested without a toolkit")
                .check(classes);
    }

    @Test
    void commandLineDoesNotReachIntoTheApp() {
        noClasses().that().resideInAPackage("formcoach.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("formcoach.app..", "formcoach..ui..")
                .because("subcommands run headless over the same cores as the GUI")
                .check(classes);
    }

    @Test
    void featureViewsDoNotReachIntoEachOther() {
        for (String feature : new String[] {"library", "timer", "paincheck"}) {
            noClasses().that().resideInAPackage("formcoach." + feature + ".ui..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherUis(feature))
                    .because("each feature's view talks to other features through their cores, not their views")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void coresDoNotDependOnTheApp() {
        noClasses().that().resideInAnyPackage("formcoach.library", "formcoach.timer", "formcoach.paincheck", "formcoach.store",
                        "formcoach.log")
                .should().dependOnClassesThat().resideInAPackage("formcoach.app..")
                .because("the app shell wires the cores, never the other way round")
                .check(classes);
    }

    @Test
    void sharedUiKitStandsAlone() {
        noClasses().that().resideInAPackage("formcoach.ui")
                .should().dependOnClassesThat().resideInAnyPackage("formcoach.app..", "formcoach.library.ui..",
                        "formcoach.timer.ui..", "formcoach.paincheck.ui..")
                .because("feature views depend on the shared kit, so the kit must not depend on them")
                .check(classes);
    }

    /** A screen's model, or a class nested in one (the custom-exercise form's FaultFields). */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> SCREEN_MODEL =
            com.tngtech.archunit.base.DescribedPredicate.describe("a screen model (formcoach..ui..*Model) or a class inside one",
                    c -> c.getPackageName().matches("formcoach(\\..+)?\\.ui(\\..+)?")
                            && (c.getSimpleName().endsWith("Model")
                            || c.getEnclosingClass().map(e -> e.getSimpleName().endsWith("Model")).orElse(false)));

    @Test
    void screenModelsKeepTheirStateInPrivateFields() {
        fields().that().areDeclaredInClassesThat(SCREEN_MODEL).and().areNotStatic()
                .should().bePrivate()
                .because("a model exposes read-only properties and named commands; the view must not set its state behind its back")
                .check(classes);
        noFields().that().areDeclaredInClassesThat(SCREEN_MODEL).and().arePublic()
                .should().haveRawType(com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(javafx.beans.value.WritableValue.class))
                .orShould().notBeFinal()
                .because("a public writable property or a public non-final field lets anyone change what the screen shows")
                .check(classes);
    }

    private static String[] otherUis(String feature) {
        return java.util.stream.Stream.of("library", "timer", "paincheck")
                .filter(f -> !f.equals(feature))
                .map(f -> "formcoach." + f + ".ui..")
                .toArray(String[]::new);
    }
}
