package org.factline.timeline;

import static org.factline.timeline.EventFormBuilder.event;

import java.time.LocalDate;
import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Timeline service tests start signed in as a fact-checker, with a marker that sets their events
 * apart from other tests' and the first category at hand.
 */
abstract class AbstractTimelineTest extends AbstractIntegrationTest {

    @Autowired
    TimelineService timeline;

    @Autowired
    TimelineCategories categories;

    String marker;
    long category;

    @BeforeEach
    void signInAsChecker() {
        signIn(user("tl-checker", Role.FACT_CHECKER));
        marker = marker("tl");
        category = categories.all().getFirst().id();
    }

    /** A day event with a description, a tag and an actor, titled after the marker. */
    EventForm form(String title, LocalDate date) {
        return event(marker + " " + title, date, category)
                .description("Some **context**.")
                .tags("chips")
                .actors("Nvidia")
                .form();
    }

    /** This test's events only. */
    EventFilter mine() {
        return new EventFilter(null, null, Set.of(), null, null, false, marker);
    }
}
