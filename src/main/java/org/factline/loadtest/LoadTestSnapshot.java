package org.factline.loadtest;

/**
 * @param votes vote rows stored, over all claims
 * @param claimVoteCounts the claims' own vote counters, summed (equal to votes unless an update was lost)
 * @param sessions live Vaadin sessions
 * @param uis live Vaadin UIs (a closed UI is gone at the end of its last request)
 * @param heapUsedBytes heap in use, after a full GC when one was asked for
 */
public record LoadTestSnapshot(long votes, long claimVoteCounts, int sessions, int uis, long heapUsedBytes) {}
