package org.factline.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factline.base.AddressGuard;
import org.factline.claim.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Decisions become signed POSTs to a real receiver on loopback, retried until it takes them. */
class WebhookDeliveryTest extends AbstractWebhookTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Clock clock;

    @Autowired
    WebhookProperties properties;

    @Test
    void approving_a_verdict_posts_one_signed_event_to_the_endpoint() throws Exception {
        EndpointSecret endpoint = endpoint(Set.of(WebhookEvent.VERDICT_APPROVED, WebhookEvent.VERDICT_REOPENED), true);
        long claimId = approvedClaim("Widget exports doubled in a year", Verdict.MOSTLY_FALSE);

        DeliverySummary queued = awaitOneDelivery(endpoint);
        assertThat(queued.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(worker.deliverDue(clock.instant())).isEqualTo(1);

        assertThat(receiver.received()).hasSize(1);
        var request = receiver.received().getFirst();
        assertThat(TestReceiver.signatureValid(request, endpoint.secret())).isTrue();
        assertThat(TestReceiver.signatureValid(request, WebhookSigning.newSecret()))
                .as("another secret")
                .isFalse();
        assertThat(request.header("X-Factline-Event")).isEqualTo("verdict.approved");
        assertThat(Long.parseLong(request.header("X-Factline-Timestamp")))
                .isCloseTo(clock.instant().getEpochSecond(), offset(60L));
        assertThat(request.header("Content-Type")).startsWith("application/json");

        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("type").asString()).isEqualTo("verdict.approved");
        assertThat(UUID.fromString(body.get("id").asString()).toString()).isEqualTo(queued.eventId());
        assertThat(Instant.parse(body.get("occurredAt").asString())).isBefore(clock.instant());
        JsonNode claim = body.get("claim");
        assertThat(claim.get("id").asLong()).isEqualTo(claimId);
        assertThat(claim.get("text").asString()).startsWith("Widget exports doubled in a year");
        assertThat(claim.get("verdict").asString()).isEqualTo("Mostly false");
        assertThat(claim.get("url").asString()).isEqualTo("http://localhost:8080/published/claims/" + claimId);

        DeliverySummary delivered = only(endpoint);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(1);
        assertThat(delivered.lastResponseCode()).isEqualTo(200);
        assertThat(worker.deliverDue(clock.instant().plus(Duration.ofDays(2))))
                .as("nothing left to send")
                .isZero();
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void each_endpoint_gets_the_events_it_chose_and_a_disabled_one_none() throws Exception {
        EndpointSecret approvals = endpoint(Set.of(WebhookEvent.VERDICT_APPROVED), true);
        EndpointSecret reopenings = endpoint(Set.of(WebhookEvent.VERDICT_REOPENED), true);
        EndpointSecret off = endpoint(Set.of(WebhookEvent.VERDICT_APPROVED, WebhookEvent.VERDICT_REOPENED), false);

        long claimId = approvedClaim("Rail freight volumes fell by a third", Verdict.FALSE);
        reopen(claimId);
        awaitEvents();
        signIn(ADMIN);

        assertThat(webhooks.deliveries(approvals.endpoint().id()))
                .extracting(DeliverySummary::event)
                .containsExactly(WebhookEvent.VERDICT_APPROVED);
        assertThat(webhooks.deliveries(reopenings.endpoint().id()))
                .extracting(DeliverySummary::event)
                .containsExactly(WebhookEvent.VERDICT_REOPENED);
        assertThat(webhooks.deliveries(off.endpoint().id())).isEmpty();

        worker.deliverDue(clock.instant());
        assertThat(receiver.received())
                .extracting(r -> r.header("X-Factline-Event"))
                .containsExactlyInAnyOrder("verdict.approved", "verdict.reopened");
        var reopened = receiver.received().stream()
                .filter(r -> r.header("X-Factline-Event").equals("verdict.reopened"))
                .findFirst()
                .orElseThrow();
        assertThat(TestReceiver.signatureValid(reopened, reopenings.secret())).isTrue();
        JsonNode claim = JSON.readTree(reopened.body()).get("claim");
        assertThat(claim.get("id").asLong()).isEqualTo(claimId);
        assertThat(claim.get("verdict").asString())
                .as("the verdict that was withdrawn")
                .isEqualTo("False");
    }

    @Test
    void a_receiver_answering_500_gets_the_same_event_again_after_the_backoff() throws Exception {
        EndpointSecret endpoint = endpoint(Set.of(WebhookEvent.VERDICT_APPROVED), true);
        receiver.answer(500);
        approvedClaim("Harbour traffic grew fourfold", Verdict.MIXED);
        awaitOneDelivery(endpoint);

        worker.deliverDue(clock.instant());
        DeliverySummary failedOnce = only(endpoint);
        assertThat(failedOnce.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(failedOnce.attempts()).isEqualTo(1);
        assertThat(failedOnce.lastResponseCode()).isEqualTo(500);
        assertThat(failedOnce.lastError()).contains("HTTP 500").contains("receiver trouble");
        assertThat(Duration.between(failedOnce.lastAttemptAt(), failedOnce.nextAttemptAt()))
                .isEqualTo(Duration.ofMinutes(1));

        assertThat(worker.deliverDue(clock.instant()))
                .as("not due before the backoff")
                .isZero();
        assertThat(receiver.received()).hasSize(1);

        // A minute later (the worker is told the time instead of being waited for).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            worker.deliverDue(failedOnce.nextAttemptAt());
            assertThat(only(endpoint).status()).isEqualTo(DeliveryStatus.DELIVERED);
        });
        DeliverySummary delivered = only(endpoint);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.lastResponseCode()).isEqualTo(200);
        assertThat(delivered.lastError()).isNull();
        assertThat(receiver.received()).hasSize(2).allSatisfy(r -> {
            assertThat(TestReceiver.signatureValid(r, endpoint.secret())).isTrue();
            assertThat(JSON.readTree(r.body()).get("id").asString()).isEqualTo(delivered.eventId());
        });
    }

    @Test
    void after_the_last_retry_the_delivery_fails_and_retry_now_sends_it() throws Exception {
        EndpointSecret endpoint = endpoint(Set.of(WebhookEvent.VERDICT_APPROVED), true);
        receiver.answer(503, 503, 503, 503, 503, 503);
        approvedClaim("Solar output tripled since spring", Verdict.TRUE);
        awaitOneDelivery(endpoint);

        var waits = new ArrayList<Duration>();
        Instant due = clock.instant();
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            assertThat(worker.deliverDue(due)).as("attempt %d", attempt).isEqualTo(1);
            DeliverySummary d = only(endpoint);
            if (d.status() == DeliveryStatus.PENDING) {
                waits.add(Duration.between(d.lastAttemptAt(), d.nextAttemptAt()));
                due = d.nextAttemptAt();
            }
        }
        assertThat(waits)
                .containsExactly(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(30),
                        Duration.ofHours(2),
                        Duration.ofHours(12));
        DeliverySummary failed = only(endpoint);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(6);
        assertThat(failed.retryable()).isTrue();
        assertThat(worker.deliverDue(clock.instant().plus(Duration.ofDays(30))))
                .as("a failed delivery is not tried again by itself")
                .isZero();

        signIn(ADMIN);
        DeliverySummary retried = webhooks.retry(failed.id());
        assertThat(retried.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(retried.attempts()).isEqualTo(7);
        assertThat(receiver.received()).hasSize(7);
    }

    @Test
    void workers_racing_for_the_same_delivery_send_it_once() throws Exception {
        EndpointSecret endpoint = endpoint(Set.of(WebhookEvent.VERDICT_APPROVED), true);
        approvedClaim("Copper prices halved overnight", Verdict.FALSE);
        awaitOneDelivery(endpoint);

        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Integer>>();
        try (var threads = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return worker.deliverDue(clock.instant());
                }));
            }
            start.countDown();
        }
        int attempts = 0;
        for (Future<Integer> r : results) {
            attempts += r.get();
        }
        assertThat(attempts).isEqualTo(1);
        assertThat(receiver.received()).hasSize(1);
        assertThat(only(endpoint).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void a_test_event_is_sent_at_once_and_gets_one_attempt() throws Exception {
        EndpointSecret endpoint = endpoint(Set.of(WebhookEvent.VERDICT_APPROVED), false);
        signIn(ADMIN);

        DeliverySummary ok = webhooks.sendTest(endpoint.endpoint().id());
        assertThat(ok.status()).isEqualTo(DeliveryStatus.DELIVERED);
        var request = receiver.received().getFirst();
        assertThat(request.header("X-Factline-Event")).isEqualTo("webhook.test");
        assertThat(TestReceiver.signatureValid(request, endpoint.secret())).isTrue();
        assertThat(JSON.readTree(request.body()).get("type").asString()).isEqualTo("webhook.test");

        receiver.answer(404);
        DeliverySummary refused = webhooks.sendTest(endpoint.endpoint().id());
        assertThat(refused.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.lastResponseCode()).isEqualTo(404);
        assertThat(webhooks.deliveries(endpoint.endpoint().id())).hasSize(2);
    }

    @Test
    void a_new_secret_signs_from_then_on() throws Exception {
        EndpointSecret first = endpoint(Set.of(WebhookEvent.VERDICT_APPROVED), true);
        signIn(ADMIN);
        EndpointSecret second =
                webhooks.newSecret(first.endpoint().id(), first.endpoint().version());
        assertThat(second.secret()).isNotEqualTo(first.secret());

        webhooks.sendTest(first.endpoint().id());
        var request = receiver.received().getFirst();
        assertThat(TestReceiver.signatureValid(request, second.secret())).isTrue();
        assertThat(TestReceiver.signatureValid(request, first.secret())).isFalse();
    }

    @Test
    void the_sender_checks_the_address_again_when_it_connects() throws Exception {
        // The shared test context allows loopback; a sender under the default rule refuses it at
        // connect time, whatever the endpoint passed when it was saved.
        try (var strict = new WebhookSender(AddressGuard.of(false), properties, clock)) {
            var outcome = strict.send(receiver.url(), WebhookSigning.newSecret(), WebhookEvent.TEST, "{}");
            assertThat(outcome.delivered()).isFalse();
            assertThat(outcome.responseCode()).isNull();
            assertThat(outcome.error()).contains("internal network");
        }
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void an_unreachable_receiver_is_a_failed_attempt_with_a_reason() {
        EndpointSecret endpoint = endpoint(Set.of(WebhookEvent.VERDICT_APPROVED), true);
        signIn(ADMIN);
        receiver.close(); // nobody listens on the port any more
        DeliverySummary d = webhooks.sendTest(endpoint.endpoint().id());
        assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(d.lastResponseCode()).isNull();
        assertThat(d.lastError()).contains("Could not connect to 127.0.0.1");
    }

    private DeliverySummary awaitOneDelivery(EndpointSecret endpoint) {
        awaitEvents();
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> deliveries(endpoint), d -> d.size() == 1)
                .getFirst();
    }

    private DeliverySummary only(EndpointSecret endpoint) {
        List<DeliverySummary> all = deliveries(endpoint);
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private List<DeliverySummary> deliveries(EndpointSecret endpoint) {
        var previous = SecurityContextHolder.getContext();
        try {
            signIn(ADMIN);
            return webhooks.deliveries(endpoint.endpoint().id());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
