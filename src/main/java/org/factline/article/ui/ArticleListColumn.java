package org.factline.article.ui;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A column other features add to the articles list (e.g. how many check-worthy sentences). The
 * values of a whole page are loaded in one call when the grid fetches that page.
 */
public interface ArticleListColumn<T> {

    String header();

    Map<Long, T> load(Collection<Long> articleIds);

    Component render(@Nullable T value);

    /**
     * A {@code Broadcaster} topic on which the column's values change for articles already listed
     * (e.g. scores that arrive after the import); open lists refresh when it is published.
     */
    default @Nullable String liveTopic() {
        return null;
    }
}
