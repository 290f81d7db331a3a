package org.factline.presence.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PresenceRepository extends JpaRepository<Presence, Presence.Key> {

    @Query("select p from Presence p where p.topic = ?1 and p.seenAt >= ?2 order by p.displayName")
    List<Presence> seenSince(String topic, Instant since);

    @Modifying
    @Query("update Presence p set p.seenAt = ?3 where p.topic = ?1 and p.username = ?2")
    int touch(String topic, String username, Instant now);

    @Modifying
    @Query("delete from Presence p where p.topic = ?1 and p.username = ?2")
    int leave(String topic, String username);

    @Modifying
    @Query("delete from Presence p where p.seenAt < ?1")
    int forgetBefore(Instant cutoff);
}
