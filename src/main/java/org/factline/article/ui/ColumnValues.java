package org.factline.article.ui;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Values of the contributed list columns for the rows fetched so far, loaded a page at a time. */
final class ColumnValues {

    private final List<ArticleListColumn<?>> columns;
    private final Map<ArticleListColumn<?>, Map<Long, Object>> values = new HashMap<>();

    ColumnValues(List<ArticleListColumn<?>> columns) {
        this.columns = columns;
    }

    void load(Collection<Long> articleIds) {
        for (ArticleListColumn<?> column : columns) {
            values.computeIfAbsent(column, c -> new HashMap<>()).putAll(column.load(articleIds));
        }
    }

    @SuppressWarnings("unchecked")
    <T> Component render(ArticleListColumn<T> column, long articleId) {
        return column.render((T) values.getOrDefault(column, Map.of()).get(articleId));
    }
}
