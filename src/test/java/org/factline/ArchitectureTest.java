package org.factline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/** House rules the compiler can't see. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.factline");

    @Test
    void domain_never_depends_on_ui() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void every_route_declares_who_may_open_it() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    /** The names vocabulary of docs/architecture.md: {@code *View} means a Vaadin route. */
    @Test
    void routes_and_only_routes_are_called_views() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .haveSimpleNameEndingWith("View")
                .check(CLASSES);
        classes()
                .that()
                .haveSimpleNameEndingWith("View")
                .should()
                .beAnnotatedWith(Route.class)
                .orShould()
                .implement(HasErrorParameter.class)
                .check(CLASSES);
    }

    @Test
    void only_the_login_page_is_open_to_anonymous_visitors() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .and()
                .areAnnotatedWith(AnonymousAllowed.class)
                .should()
                .haveSimpleName("LoginView")
                .check(CLASSES);
    }

    /**
     * One way for events: listeners of a committed change are {@code @ApplicationModuleListener}s
     * (after commit, own transaction, event publication registry). Plain listeners only where
     * docs/architecture.md says why: the audit log (in the change's transaction on purpose),
     * framework events (application ready, Spring Security).
     */
    @Test
    void events_reach_listeners_after_commit_through_the_publication_registry() {
        methods()
                .should()
                .notBeAnnotatedWith(TransactionalEventListener.class)
                .because("@ApplicationModuleListener is the one after-commit listener")
                .check(CLASSES);
        methods()
                .that()
                .areAnnotatedWith(EventListener.class)
                .should()
                .beDeclaredInClassesThat()
                .haveFullyQualifiedName("org.factline.audit.AuditLog")
                .orShould()
                .beDeclaredInClassesThat()
                .haveFullyQualifiedName("org.factline.user.SignInRecorder")
                .orShould()
                .beDeclaredInClassesThat()
                .haveFullyQualifiedName("org.factline.search.SearchIndexService")
                .orShould()
                .beDeclaredInClassesThat()
                .haveFullyQualifiedName("org.factline.worthiness.TriageBackfill")
                .orShould()
                .beDeclaredInClassesThat()
                .haveFullyQualifiedName("org.factline.embedding.SentenceEmbeddings") // loads the model when ready
                .orShould()
                .beDeclaredInClassesThat()
                .haveFullyQualifiedName("org.factline.claim.ClaimEmbeddings") // backfill at start
                .orShould()
                .beDeclaredInClassesThat()
                .haveFullyQualifiedName("org.factline.article.ImportJobWorker") // waits for ApplicationReadyEvent
                .check(CLASSES);
    }

    /** Every CSV the app writes goes through the one formula neutraliser (OWASP CSV injection). */
    @Test
    void csv_is_written_only_through_the_formula_neutraliser() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.factline.base.export.SafeCsvPrinter")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
                .because("SafeCsvPrinter neutralises cells a spreadsheet would run as formulas")
                .check(CLASSES);
    }

    /** Every public service method states its callers, on the method or on its class. */
    @Test
    void service_methods_declare_who_may_call_them() {
        methods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .doNotHaveSimpleName("LoginThrottle")
                .should(declareCallers())
                .check(CLASSES);
    }

    private static ArchCondition<JavaMethod> declareCallers() {
        return new ArchCondition<>("declare @RolesAllowed, @PermitAll or @PreAuthorize") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = SECURITY.stream()
                        .anyMatch(a ->
                                method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(
                            method, method.getFullName() + " has no security annotation"));
                }
            }
        };
    }

    private static final List<Class<? extends Annotation>> SECURITY =
            List.of(RolesAllowed.class, PermitAll.class, PreAuthorize.class);
}
