package org.factline.search;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every few seconds whether the index directory is still there (someone deleted it, a disk
 * was swapped) and if not has the indexes recreated and rebuilt, instead of searches and indexing
 * failing until the next restart.
 */
@Component
class SearchIndexWatch {

    private final SearchIndexService indexes;

    SearchIndexWatch(SearchIndexService indexes) {
        this.indexes = indexes;
    }

    @Scheduled(
            fixedDelayString = "${factline.search.index-check-every:10s}",
            initialDelayString = "${factline.search.index-check-every:10s}")
    void check() {
        if (indexes.lostOnDisk()) {
            indexes.recreateLost();
        }
    }
}
