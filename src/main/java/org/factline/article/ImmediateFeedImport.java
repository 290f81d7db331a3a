package org.factline.article;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Imports feed entries now, one after the other, each as a URL import marked as from the feed. */
@Component
class ImmediateFeedImport implements FeedEntryImporter {

    private final ArticleImportService imports;

    ImmediateFeedImport(ArticleImportService imports) {
        this.imports = imports;
    }

    @Override
    public List<ImportOutcome> importEntries(String feedName, List<String> addresses, Runnable betweenEntries) {
        var outcomes = new ArrayList<ImportOutcome>(addresses.size());
        for (String address : addresses) {
            outcomes.add(imports.importFeedEntry(address, feedName));
            betweenEntries.run();
        }
        return outcomes;
    }
}
