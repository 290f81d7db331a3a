package org.factline.article;

import java.util.List;

/**
 * The one step that turns a poll's new entries into articles, kept apart so it can be swapped: today
 * each address is imported at once, in turn, through URL import; with persistent import jobs the
 * poller submits them as one job instead ({@code ImportJobs.submitUrls(label, urls)}) and the
 * outcomes are the job's.
 */
interface FeedEntryImporter {

    /**
     * Imports the entries' addresses, in order, as the system.
     *
     * @param feedName the feed's title or address: the articles' provenance names it
     * @return one outcome per address, in the same order
     */
    List<ImportOutcome> importEntries(String feedName, List<String> addresses, Runnable betweenEntries);
}
