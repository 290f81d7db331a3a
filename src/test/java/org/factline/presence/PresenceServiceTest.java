package org.factline.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.factline.MockTabs.tab;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.factline.AbstractIntegrationTest;
import org.factline.base.ValidationException;
import org.factline.base.ui.Broadcaster;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PresenceServiceTest extends AbstractIntegrationTest {

    @Autowired
    PresenceService presence;

    @Autowired
    PresenceHeartbeat heartbeat;

    @Autowired
    Broadcaster broadcaster;

    @Test
    void people_on_the_same_page_see_each_other_until_they_leave() {
        String topic = "claim:" + System.nanoTime();
        signIn(user("pr-ana", Role.FACT_CHECKER));
        presence.enter(topic);
        presence.enter(topic); // a second tab changes nothing
        assertThat(presence.others(topic)).isEmpty();

        signIn(user("pr-ben", Role.EDITOR));
        presence.enter(topic);
        assertThat(presence.others(topic)).extracting(Viewer::username).containsExactly("pr-ana");

        signIn("pr-ana");
        assertThat(presence.others(topic)).extracting(Viewer::username).containsExactly("pr-ben");
        presence.leave(topic);

        signIn("pr-ben");
        assertThat(presence.others(topic)).isEmpty();
        assertThat(presence.others("claim:other" + System.nanoTime())).isEmpty();
        assertThatThrownBy(() -> presence.enter(" ")).isInstanceOf(ValidationException.class);
    }

    @Test
    void only_team_members_are_tracked() {
        signIn(user("pr-admin", Role.ADMIN));
        assertThatThrownBy(() -> presence.enter("claim:1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> presence.others("claim:1")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void open_pages_are_told_when_someone_comes_or_goes_and_on_every_heartbeat() {
        String topic = "claim:" + System.nanoTime();
        var redraws = new AtomicInteger();
        var first = heartbeat.watch(tab(), topic, "pr-ana", redraws::incrementAndGet);
        assertRedraws(redraws, 1); // its own arrival
        var second = heartbeat.watch(tab(), topic, "pr-ben", () -> {});
        assertRedraws(redraws, 2);
        heartbeat.beat();
        assertRedraws(redraws, 3);
        second.remove();
        assertRedraws(redraws, 4);
        first.remove();
        heartbeat.beat();
        assertRedraws(redraws, 4);
    }

    /** Pages are told on the broadcaster's threads, after its coalescing window. */
    private void assertRedraws(AtomicInteger redraws, int expected) {
        await().atMost(Duration.ofSeconds(5)).until(broadcaster::quiet);
        assertThat(redraws).hasValue(expected);
    }
}
