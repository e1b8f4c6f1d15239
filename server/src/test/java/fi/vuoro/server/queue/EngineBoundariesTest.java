package fi.vuoro.server.queue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The queue engine's boundaries: a pure estimate core, sites below the queue, engine internals hidden. */
class EngineBoundariesTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.vuoro.server");

    @Test
    void estimateCoreIsPure() {
        noClasses()
                .that()
                .resideInAPackage("fi.vuoro.server.estimate..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("fi.vuoro.server.queue..", "fi.vuoro.server.site..", "org.springframework..")
                .check(SERVER);
    }

    @Test
    void sitesDoNotKnowTheQueue() {
        noClasses()
                .that()
                .resideInAPackage("fi.vuoro.server.site..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("fi.vuoro.server.queue..")
                .check(SERVER);
    }

    @Test
    void onlyTheQueueUsesItsInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("fi.vuoro.server.queue..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("fi.vuoro.server.queue.internal..")
                .check(SERVER);
    }

    @Test
    void theCallPolicyIsPure() {
        noClasses()
                .that()
                .haveFullyQualifiedName(CallPolicy.class.getName())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..")
                .check(SERVER);
    }
}
