package org.factline.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every few seconds whether the index directory is still there (someone deleted it, a disk
 * was swapped) and if not has the indexes recreated and rebuilt, instead of searches and indexing
 * failing until the next restart.
 */
@Component
class SearchIndexWatch {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexWatch.class);

    private final SearchIndexService indexes;
    private boolean failing;

    SearchIndexWatch(SearchIndexService indexes) {
        this.indexes = indexes;
    }

    @Scheduled(
            fixedDelayString = "${factline.search.index-check-every:10s}",
            initialDelayString = "${factline.search.index-check-every:10s}")
    void check() {
        if (!indexes.lostOnDisk()) {
            return;
        }
        try {
            indexes.recreateLost();
            failing = false;
        } catch (RuntimeException e) {
            // Tried again at the next check; said once, not every few seconds.
            if (!failing) {
                log.error("Recreating the lost search index failed; trying again every few seconds", e);
            }
            failing = true;
        }
    }
}
