package org.factline.article.ui;

import com.vaadin.flow.component.Component;
import java.util.function.BiConsumer;
import org.factline.article.ArticleDetail;

/**
 * A section other features add to the article reader (claims found in the article, later
 * check-worthiness), so the article module needn't know those features.
 */
public interface ReaderPanel {

    /**
     * @param selection reads the passage the reader has selected in the article text, with its
     *     approximate character offset; the callback runs once the browser answered
     */
    Component create(ArticleDetail article, SelectionReader selection);

    /** Asks the browser for the current text selection inside the article body. */
    interface SelectionReader {
        void read(BiConsumer<String, Integer> callback);
    }
}
