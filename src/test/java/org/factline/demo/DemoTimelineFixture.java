package org.factline.demo;

import org.factline.article.ArticleService;
import org.factline.claim.ClaimService;
import org.factline.timeline.TimelineService;

/** Loads the demo workspace's timeline events into a test context (which has no demo profile). */
public final class DemoTimelineFixture {

    private DemoTimelineFixture() {}

    public static void load(TimelineService timeline, ArticleService articles, ClaimService claims) {
        new DemoTimeline(timeline, articles, claims).load();
    }
}
