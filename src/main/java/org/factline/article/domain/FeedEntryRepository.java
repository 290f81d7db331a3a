package org.factline.article.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedEntryRepository extends JpaRepository<FeedEntry, Long> {

    List<FeedEntry> findByFeedIdAndEntryHashIn(long feedId, Collection<String> entryHashes);

    long countByFeedId(long feedId);
}
