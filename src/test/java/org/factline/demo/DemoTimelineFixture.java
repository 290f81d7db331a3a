package org.factline.demo;

import org.factline.article.ArticleService;
import org.factline.claim.ClaimService;
import org.factline.timeline.TimelineCategories;
import org.factline.timeline.TimelineService;

/** Loads the demo workspace's timeline events into a test context (which has no demo profile). */
public final class DemoTimelineFixture {

    private DemoTimelineFixture() {}

    public static void load(
            TimelineService timeline, TimelineCategories categories, ArticleService articles, ClaimService claims) {
        new DemoTimeline(timeline, categories, articles, claims).load();
    }
}
