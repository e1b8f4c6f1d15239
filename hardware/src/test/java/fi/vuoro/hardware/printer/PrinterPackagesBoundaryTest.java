package fi.vuoro.hardware.printer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The printer side's layering: pure codecs at the bottom, documents on them, driver and emulator on top, the CLI
 * above all. Only the serial package may touch jssc.
 */
class PrinterPackagesBoundaryTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.vuoro.hardware");

    @Test
    void escposIsPureAndDependsOnNoOtherHardwarePackage() {
        noClasses()
                .that()
                .resideInAPackage("fi.vuoro.hardware.escpos..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "fi.vuoro.hardware.serial..",
                        "fi.vuoro.hardware.printer..",
                        "fi.vuoro.hardware.ticket..",
                        "fi.vuoro.hardware.emulator..",
                        "fi.vuoro.hardware.diagnostics..",
                        "jssc..")
                .check(CLASSES);
    }

    @Test
    void ticketDocumentsKnowNothingOfLinksDriversOrEmulators() {
        noClasses()
                .that()
                .resideInAPackage("fi.vuoro.hardware.ticket..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "fi.vuoro.hardware.serial..",
                        "fi.vuoro.hardware.printer..",
                        "fi.vuoro.hardware.emulator..",
                        "fi.vuoro.hardware.diagnostics..")
                .check(CLASSES);
    }

    @Test
    void driverAndEmulatorAreIndependentAndOnlyTheCliUsesTheConcreteJsscLink() {
        noClasses()
                .that()
                .resideInAPackage("fi.vuoro.hardware.printer..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("fi.vuoro.hardware.emulator..", "fi.vuoro.hardware.diagnostics..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAnyPackage("fi.vuoro.hardware.printer..", "fi.vuoro.hardware.emulator..")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("JsscSerialLink")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("jssc..")
                .check(CLASSES);
    }
}
