package org.factline.webhook.domain;

import java.util.List;
import org.factline.webhook.WebhookEvent;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WebhookEndpointRepository extends JpaRepository<WebhookEndpoint, Long> {

    List<WebhookEndpoint> findAllByOrderByCreatedAtAscIdAsc();

    /** The enabled endpoints that receive this event. */
    @Query("select distinct e from WebhookEndpoint e join e.events t where e.enabled = true and t = :event")
    List<WebhookEndpoint> findSubscribed(WebhookEvent event);
}
