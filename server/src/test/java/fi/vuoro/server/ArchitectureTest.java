package fi.vuoro.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's feature boundaries, checked on every build: a feature's {@code internal} package is its own, the
 * queue engine never knows who listens to it, and domain features stay free of UI and transport code.
 */
class ArchitectureTest {

    private static final String ROOT = "fi.vuoro.server";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void internalPackagesAreUsedOnlyByTheirOwnFeature() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".*.internal..")
                .should(beAccessedOnlyFromTheirOwnFeature())
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theQueueEngineDoesNotKnowItsListeners() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".queue..", ROOT + ".site..", ROOT + ".estimate..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        ROOT + ".messaging..", ROOT + ".demo..", ROOT + ".reception..", ROOT + ".analytics..")
                .check(classes);
    }

    @Test
    void domainFeaturesHaveNoUserInterfaceCode() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".queue..", ROOT + ".site..", ROOT + ".estimate..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void theServerNeverTalksToSerialPortsItself() {
        noClasses().should().dependOnClassesThat().resideInAPackage("jssc..").check(classes);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnFeature() {
        return new ArchCondition<>("be accessed only from their own feature") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                var feature = featureOf(target);
                target.getDirectDependenciesToSelf().forEach(dependency -> {
                    var origin = dependency.getOriginClass();
                    if (origin.getPackageName().startsWith(ROOT)
                            && !featureOf(origin).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static String featureOf(JavaClass javaClass) {
        var rest = javaClass
                .getPackageName()
                .substring(Math.min(javaClass.getPackageName().length(), ROOT.length()));
        var parts = rest.split("\\.");
        return parts.length > 1 ? parts[1] : "";
    }
}
