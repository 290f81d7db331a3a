package org.factline.webhook;

import java.io.IOException;
import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.claim.ClaimService;
import org.factline.claim.Verdict;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Shared set-up of the webhook tests: a receiver on loopback (the test profile allows internal
 * addresses, as an intranet would), a fact-checker and an editor who decide verdicts, and no
 * endpoint left behind for other tests' approvals to reach.
 */
abstract class AbstractWebhookTest extends AbstractIntegrationTest {

    @Autowired
    protected WebhookService webhooks;

    @Autowired
    protected WebhookWorker worker;

    @Autowired
    protected ReviewService review;

    @Autowired
    protected ClaimService claims;

    protected TestReceiver receiver;
    protected String checker;
    protected String editor;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = TestReceiver.start();
        checker = user("hook-checker", Role.FACT_CHECKER);
        editor = user("hook-editor", Role.EDITOR);
    }

    @AfterEach
    void removeEndpoints() {
        awaitEvents();
        signIn(ADMIN);
        webhooks.endpoints().forEach(e -> webhooks.delete(e.id()));
        receiver.close();
    }

    protected EndpointSecret endpoint(Set<WebhookEvent> events, boolean enabled) {
        signIn(ADMIN);
        return webhooks.create(new EndpointForm(receiver.url(), "test receiver", events, enabled));
    }

    /** A new claim that a fact-checker proposes and an editor approves (four eyes). */
    protected long approvedClaim(String text, Verdict verdict) {
        signIn(checker);
        long id = newClaim(text);
        review.propose(id, verdict, "The figures in the annual report say otherwise.");
        signIn(editor);
        review.approve(id, claims.get(id).summary().version());
        return id;
    }

    protected void reopen(long claimId) {
        signIn(editor);
        review.reopen(claimId, claims.get(claimId).summary().version());
    }
}
