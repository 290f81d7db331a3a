package org.factline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.note.EvidenceService;
import org.factline.note.NoteService;
import org.factline.notification.NotificationKind;
import org.factline.notification.NotificationService;
import org.factline.notification.NotificationSummary;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo notes and evidence load through the secured services, once, onto the demo claims. */
class DemoNotesTest extends AbstractIntegrationTest {

    @Autowired
    ClaimService claims;

    @Autowired
    NoteService notes;

    @Autowired
    EvidenceService evidence;

    @Autowired
    NotificationService notifications;

    @Test
    void demo_notes_have_a_thread_with_a_reply_and_mentions_and_evidence_on_three_claims() {
        user("fiona", Role.FACT_CHECKER);
        user("felix", Role.FACT_CHECKER);
        user("farah", Role.FACT_CHECKER);
        long cost = SystemAuthentication.runAs(
                "fiona",
                () -> claims.create(new NewClaim(
                                "DeepSeek-V3's final training run used about 2.8 million GPU hours on Nvidia H800 chips",
                                "DeepSeek",
                                null,
                                Set.of()))
                        .id());
        long drop = SystemAuthentication.runAs(
                "fiona",
                () -> claims.create(new NewClaim(
                                "Nvidia shares fell about 17 percent on 27 January 2025", null, null, Set.of()))
                        .id());
        long h20 = SystemAuthentication.runAs(
                "fiona",
                () -> claims.create(new NewClaim(
                                "The US required a licence for Nvidia H20 exports to China from April 2025",
                                null,
                                null,
                                Set.of()))
                        .id());

        var demo = new DemoNotes(claims, notes, evidence);
        SystemAuthentication.runAs("fiona", () -> {
            demo.load();
            demo.load(); // a second start adds nothing
            return null;
        });
        awaitEvents();

        signIn("fiona");
        var threads = notes.threads(cost);
        assertThat(threads).hasSize(2);
        assertThat(threads.getFirst().replies()).hasSize(1);
        assertThat(threads.getFirst().root().html()).contains("class=\"mention\">@felix");
        assertThat(evidence.list(cost))
                .singleElement()
                .satisfies(e -> assertThat(e.shownPublicly())
                        .as("the primary source is on the public page")
                        .isTrue());
        assertThat(evidence.list(drop)).hasSize(1);
        assertThat(evidence.list(h20)).hasSize(1);
        assertThat(notes.threads(h20)).hasSize(1);
        assertThat(notifications.recent(10))
                .extracting(NotificationSummary::kind)
                .contains(NotificationKind.REPLY, NotificationKind.MENTION);
        signIn("felix");
        assertThat(notifications.recent(10))
                .extracting(NotificationSummary::kind)
                .contains(NotificationKind.MENTION);
    }
}
