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

    /**
     * The public getters of a screen model that hand out a writable property on purpose: a control binds
     * to each both ways. Each is named, with its class; everything else a model hands out is read-only.
     */
    private static final java.util.Set<String> TWO_WAY_BOUND = java.util.Set.of(
            "formcoach.paincheck.ui.HistoryModel.fromProperty", // the PDF range's first-day picker
            "formcoach.paincheck.ui.HistoryModel.toProperty");  // the PDF range's last-day picker

    @Test
    void screenModelsHandOutReadOnlyProperties() {
        com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethod> twoWayBound =
                com.tngtech.archunit.base.DescribedPredicate.describe("listed as bound both ways by a control",
                        m -> TWO_WAY_BOUND.contains(m.getOwner().getName() + "." + m.getName()));
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
                .that().areDeclaredInClassesThat(SCREEN_MODEL).and().arePublic()
                .and(com.tngtech.archunit.base.DescribedPredicate.not(twoWayBound))
                .should().haveRawReturnType(com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(javafx.beans.property.Property.class))
                .because("a model's getters return ReadOnly… properties and its commands change them; a writable property "
                        + "is handed out only to a control that binds to it both ways, and then it is listed by name")
                .check(classes);
        // the allow-list names only getters that exist and really are writable, so it cannot go stale
        for (String listed : TWO_WAY_BOUND) {
            int dot = listed.lastIndexOf('.');
            com.tngtech.archunit.core.domain.JavaClass owner = classes.get(listed.substring(0, dot));
            org.assertj.core.api.Assertions.assertThat(owner.getMethod(listed.substring(dot + 1)).getRawReturnType()
                    .isAssignableTo(javafx.beans.property.Property.class)).as(listed).isTrue();
        }
    }

    private static String[] otherUis(String feature) {
        return java.util.stream.Stream.of("library", "timer", "paincheck")
                .filter(f -> !f.equals(feature))
                .map(f -> "formcoach." + f + ".ui..")
                .toArray(String[]::new);
    }
}
