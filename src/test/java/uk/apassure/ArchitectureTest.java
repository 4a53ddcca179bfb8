package uk.apassure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.security.SubjectRunner;

/** Keeps the feature-package layout of STYLE.md from eroding. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.apassure");

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("uk.apassure.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void services_and_domain_never_reach_into_views() {
        noClasses().that().resideOutsideOfPackages("..ui..", "uk.apassure")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void views_talk_to_services_never_to_repositories_or_the_entity_manager() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_inside_their_own_feature() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void views_never_bypass_permission_checks() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(SystemSetup.class)
                .orShould().dependOnClassesThat().areAssignableTo(SubjectRunner.class)
                .check(CLASSES);
    }
}
