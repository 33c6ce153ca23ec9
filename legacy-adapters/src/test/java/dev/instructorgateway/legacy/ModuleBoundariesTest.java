package dev.instructorgateway.legacy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ModuleBoundariesTest {

    @Test
    void legacyAdaptersDoNotDependOnTheApplication() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.instructorgateway.legacy");

        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.instructorgateway.gateway..")
                .check(classes);
    }
}
