package org.factline.article.ui;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** The live topics of the columns that have one. */
    List<String> liveTopics() {
        return columns.stream()
                .map(ArticleListColumn::liveTopic)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    @SuppressWarnings("unchecked")
    <T> Component render(ArticleListColumn<T> column, long articleId) {
        return column.render((T) values.getOrDefault(column, Map.of()).get(articleId));
    }
}
