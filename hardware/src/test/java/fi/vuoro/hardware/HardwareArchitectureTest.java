package fi.vuoro.hardware;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hardware library stays a plain library, and jssc stays behind {@code SerialLink}.
 *
 * <p>Plain Jupiter tests on purpose: with Surefire 3.5.3 (pinned in the parent POM) {@code @ArchTest} fields are
 * silently not run (TNG/ArchUnit#1442), and this test would pass without checking anything.
 */
class HardwareArchitectureTest {

    private static JavaClasses hardware;

    @BeforeAll
    static void importClasses() {
        hardware = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.vuoro.hardware");
    }

    @Test
    void importsTheWholeLibrary() {
        // Guards against a silently empty import making every rule below pass vacuously.
        assertContains("fi.vuoro.hardware.serial.JsscSerialLink");
        assertContains("fi.vuoro.hardware.reader.CardReader");
    }

    @Test
    void noSpringOrVaadin() {
        noClasses()
                .that()
                .resideInAPackage("fi.vuoro.hardware..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..")
                .because("hardware is a plain Java library that the kiosk app wires up")
                .check(hardware);
    }

    @Test
    void onlyTheSerialPackageTouchesJssc() {
        noClasses()
                .that()
                .resideInAPackage("fi.vuoro.hardware..")
                .and()
                .resideOutsideOfPackage("fi.vuoro.hardware.serial..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jssc..")
                .because("jssc's quirks (busy-spinning reads, silent unplugs) are handled once, in JsscSerialLink")
                .check(hardware);
    }

    @Test
    void clearCardNumbersStayInTheReaderPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("fi.vuoro.hardware.reader")
                .should()
                .callMethod("fi.vuoro.hardware.reader.DecodedFrame$DecodedCard", "clearNumber")
                .because("card numbers leave the reader only as CardRead (hash + mask) or via ClearCardNumberListener")
                .check(hardware);
    }

    private static void assertContains(String className) {
        if (!hardware.contain(className)) {
            throw new AssertionError("class import missed " + className + "; rules would check nothing");
        }
    }
}
