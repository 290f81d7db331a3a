package org.factline.publish.web;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.factline.publish.PublicSite;
import org.factline.publish.PublishedVerdictDetail;

/** The latest published verdicts as an Atom feed (Rome), for feed readers and aggregators. */
final class VerdictFeed {

    private VerdictFeed() {}

    /** @param updated when the newest verdict was published or changed (now, for an empty feed) */
    static String atom(List<PublishedVerdictDetail> verdicts, Instant updated, PublicSite site) {
        var feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(site.organizationName() + ": published verdicts");
        feed.setUri(site.absolute("/published/feed.atom"));
        feed.setLink(site.absolute("/published"));
        var self = new SyndLinkImpl();
        self.setRel("self");
        self.setType("application/atom+xml");
        self.setHref(site.absolute("/published/feed.atom"));
        var alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(site.absolute("/published"));
        feed.setLinks(List.of(alternate, self));
        feed.setAuthor(site.organizationName());
        feed.setPublishedDate(Date.from(updated));
        feed.setEntries(verdicts.stream().map(v -> entry(v, site)).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the verdicts feed", e);
        }
    }

    private static SyndEntry entry(PublishedVerdictDetail v, PublicSite site) {
        String page = site.absolute("/published/claims/" + v.claimId());
        var entry = new SyndEntryImpl();
        entry.setTitle(v.verdict().label() + ": " + v.claim());
        entry.setLink(page);
        entry.setUri(page);
        entry.setAuthor(site.organizationName());
        entry.setPublishedDate(Date.from(v.firstPublished()));
        entry.setUpdatedDate(Date.from(v.lastModified()));
        var summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(v.summary());
        entry.setDescription(summary);
        return entry;
    }
}
