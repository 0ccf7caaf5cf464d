package io.accord.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The direction of an app's layers: {@code rest/} → {@code service/} → domain (the app's root package) ←
 * {@code messaging/}. Services take commands they own and return domain objects; the adapters (HTTP in, events in)
 * map their own types to and from them. Events from other services are read into the app's own read models, never
 * into the producer's payload records. Each app's {@code LayersTest} checks its compiled main classes, so an import
 * the wrong way fails the build, naming the class and the dependency.
 */
public final class LayerRules {

    /** The adapters of a domain service: its HTTP resources and its event consumers. */
    public static final List<String> SERVICE_ADAPTERS = List.of("rest", "messaging");

    private LayerRules() {
    }

    /**
     * @param app      the app's root package, where its domain lives (e.g. {@code io.accord.review})
     * @param adapters the app's sub-packages that face the outside world (e.g. {@code rest}, {@code messaging})
     */
    public static void check(String app, List<String> adapters) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(app);
        String domain = app;
        String service = app + ".service..";
        String[] outside = adapters.stream().map(a -> app + "." + a + "..").toArray(String[]::new);

        ArchRule coreIgnoresAdapters = noClasses().that().resideInAnyPackage(domain, service)
                .should().dependOnClassesThat().resideInAnyPackage(outside)
                .because("services take commands they own and return domain objects; adapters do the mapping");
        ArchRule restIgnoresMessaging = noClasses().that().resideInAPackage(app + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(app + ".messaging..")
                .because("HTTP and events reach the domain through the service layer, not through each other")
                .allowEmptyShould(true);
        ArchRule domainIgnoresServices = noClasses().that().resideInAPackage(domain)
                .should().dependOnClassesThat().resideInAPackage(service)
                .because("the domain is the bottom layer: use cases call it, never the other way round");
        ArchRule readsEventsIntoOwnModels = noClasses().that().resideInAPackage(app + "..")
                .should().dependOnClassesThat(anotherServicesEventPayload(app))
                .because("a consumer reads another service's events into read models of its own (tolerant readers, "
                        + "checked against the payloads by its contract tests); of the producer's *-events module it "
                        + "uses the type constants only")
                .allowEmptyShould(true);
        CompositeArchRule.of(coreIgnoresAdapters).and(restIgnoresMessaging).and(domainIgnoresServices)
                .and(readsEventsIntoOwnModels).check(classes);
    }

    /** A class of another producer's {@code io.accord.<service>.events} package other than its {@code *EventTypes}. */
    private static DescribedPredicate<JavaClass> anotherServicesEventPayload(String app) {
        return resideInAPackage("io.accord.*.events")
                .and(not(resideInAnyPackage(app + ".events", "io.accord.infra.events")))
                .and(not(simpleNameEndingWith("EventTypes")))
                .as("another service's event payloads");
    }

    private static final String AGGREGATE = "io.accord.infra.changes.Aggregate";
    private static final String WRITES_CHANGES = "io.accord.infra.changes.WritesChanges";
    private static final String TRANSACTIONAL = "jakarta.transaction.Transactional";

    /**
     * Aggregates record their changes and one component writes them: no use case or domain class writes audit
     * entries or outbox rows itself, and every use-case class that changes aggregates in a transaction is
     * {@code @WritesChanges}, so its changes cannot be left unwritten.
     */
    public static void checkChangesWrittenOnce(String app) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(app);
        String service = app + ".service..";
        ArchRule noHandWrittenHistory = noClasses().that().resideInAnyPackage(app, service)
                .should().dependOnClassesThat().haveFullyQualifiedName("io.accord.infra.audit.AuditTrail")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.accord.infra.outbox.EventOutbox")
                .because("an aggregate records its change and ChangeWriter writes the audit entry and the event")
                .allowEmptyShould(true);
        ArchRule useCasesWriteChanges = classes().that().resideInAPackage(service).and(changeAggregatesInATransaction())
                .should().beAnnotatedWith(WRITES_CHANGES)
                .because("without it the changes its aggregates record would never be written")
                .allowEmptyShould(true);
        CompositeArchRule.of(noHandWrittenHistory).and(useCasesWriteChanges).check(classes);
    }

    private static DescribedPredicate<JavaClass> changeAggregatesInATransaction() {
        return DescribedPredicate.describe("change aggregates in a transaction", c ->
                (c.isAnnotatedWith(TRANSACTIONAL) || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(TRANSACTIONAL)))
                        && c.getDirectDependenciesFromSelf().stream()
                                .anyMatch(d -> d.getTargetClass().isAssignableTo(AGGREGATE)));
    }
}
