package ma.remacto.local;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundaries of the code base, checked over the compiled classes of every module (the reactor
 * builds them before this module): command code stays apart from web and query code, services
 * never import each other, the service kit holds no business rule, and domain code throws domain
 * exceptions.
 */
class HouseRulesTest {

    private static final List<String> MODULES = List.of("platform/events", "platform/tokens", "platform/service-kit",
            "network-service", "proposals-service", "programs-service", "reporting-service", "gateway");
    private static final List<String> SERVICES = List.of("ma.remacto.network", "ma.remacto.participation",
            "ma.remacto.programs", "ma.remacto.reporting", "ma.remacto.gateway");

    private static JavaClasses classes;

    @BeforeAll
    static void importEveryModule() {
        Path root = Path.of("../..").toAbsolutePath().normalize();
        List<Path> compiled = MODULES.stream().map(module -> root.resolve(module).resolve("target/classes")).toList();
        compiled.forEach(directory -> assertThat(directory).as("build the module first").isDirectory());
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(compiled);
        assertThat(classes.stream().filter(c -> c.getPackageName().contains(".command")).count()).isGreaterThan(20);
    }

    @Test
    void commandCodeDoesNotImportWebOrQueryCode() {
        noClasses().that().resideInAPackage("ma.remacto..command..")
                .should().dependOnClassesThat().resideInAnyPackage("ma.remacto..web..", "ma.remacto..query..",
                        "org.springframework.web..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void noServiceImportsAnother() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(other -> !other.equals(service))
                    .map(other -> other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }

    @Test
    void theServiceKitHoldsNoBusinessRule() {
        noClasses().that().resideInAPackage("ma.remacto.kit..")
                .should().dependOnClassesThat(resideInAnyPackage("ma.remacto.events.network..",
                        "ma.remacto.events.participation..", "ma.remacto.events.programs..")
                        .and(not(name("ma.remacto.events.network.MembershipStandingChangedEvent"))))
                .as("the service kit applies the network's standing event as published and reads no other context's events")
                .check(classes);
    }

    @Test
    void domainCodeThrowsDomainExceptions() {
        noClasses().that().resideInAPackage("ma.remacto..command..")
                .should().dependOnClassesThat().resideInAPackage("ma.remacto.kit.web..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("ma.remacto.kit.security.Forbidden")
                .check(classes);
    }
}
