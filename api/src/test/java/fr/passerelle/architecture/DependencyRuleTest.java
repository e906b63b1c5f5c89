package fr.passerelle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Repository;

/**
 * The hexagon's dependency rule, on the compiled classes of all three modules (infrastructure is on the test
 * classpath at runtime scope). Each rule must match classes: ArchUnit fails a rule that matches none, so a renamed
 * package cannot silently empty a rule.
 */
@AnalyzeClasses(packages = "fr.passerelle", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRuleTest {

    private static final String[] FRAMEWORKS = {"org.springframework..", "com.mongodb..", "org.bson..",
            "com.fasterxml.jackson..", "tools.jackson..", "graphql..", "jakarta.."};

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that().resideInAnyPackage("..model..", "..port..", "..service..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the domain is plain Java (STYLE.md)");

    @ArchTest
    static final ArchRule domainKnowsNoAdapter = noClasses()
            .that().resideInAnyPackage("..model..", "..port..", "..service..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..graphql..", "..rest..",
                    "..api..", "..wiring..");

    @ArchTest
    static final ArchRule controllersUseInPortsOnly = noClasses()
            .that().resideInAnyPackage("..graphql..", "..rest..")
            .should().dependOnClassesThat().resideInAnyPackage("..port.out..", "..persistence..", "..wiring..")
            .because("inbound adapters drive use cases; they never reach the stores");

    @ArchTest
    static final ArchRule persistenceAdaptersStayOutbound = noClasses()
            .that().resideInAPackage("..persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("..graphql..", "..rest..", "..api..", "..port.in..",
                    "..service..");

    @ArchTest
    static final ArchRule adaptersImplementOutPortsAndHideBehindThem = classes()
            .that().resideInAPackage("..persistence..").and().areAnnotatedWith(Repository.class)
            .should().implement(inPackage(".port.out."))
            .andShould().notBePublic();

    @ArchTest
    static final ArchRule useCasesAreReachedThroughInPorts = classes()
            .that().resideInAPackage("..service..").and().haveSimpleNameEndingWith("Service")
            .should().implement(inPackage(".port.in."));

    private static DescribedPredicate<JavaClass> inPackage(String fragment) {
        return DescribedPredicate.describe("an interface in a " + fragment + " package",
                type -> (type.getPackageName() + ".").contains(fragment));
    }
}
