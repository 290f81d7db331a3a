package org.factline.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.MockTabs.tab;
import static org.factline.timeline.EventFormBuilder.event;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.factline.AbstractIntegrationTest;
import org.factline.base.ui.Broadcaster;
import org.factline.security.AppRoles.Role;
import org.factline.timeline.Side;
import org.factline.timeline.TimelineCategories;
import org.factline.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An event added or published by one person refreshes everyone's open timeline and event page. */
class TimelineLiveTest extends AbstractIntegrationTest {

    @Autowired
    TimelineService timeline;

    @Autowired
    TimelineCategories categories;

    @Autowired
    Broadcaster broadcaster;

    @Test
    void changes_reach_open_timelines_after_they_are_committed() {
        signIn(user("live-timeline", Role.EDITOR));
        var timelines = new AtomicInteger();
        var subscription = broadcaster.subscribe(TimelineView.TOPIC, tab(), timelines::incrementAndGet);

        var event = timeline.create(event(
                        "Live event " + System.nanoTime(),
                        LocalDate.of(2025, 1, 20),
                        categories.all().getFirst().id())
                .side(Side.CHINA)
                .form());
        awaitEvents();
        assertThat(timelines).hasValue(1);

        var page = new AtomicInteger();
        var pageSubscription = broadcaster.subscribe(EventView.topic(event.id()), tab(), page::incrementAndGet);
        timeline.publish(event.id(), event.version());
        awaitEvents();
        assertThat(timelines).hasValue(2);
        assertThat(page).hasValue(1);
        subscription.remove();
        pageSubscription.remove();
    }
}
