package org.factline.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.springframework.data.domain.Sort;

/** A lazy grid's sort orders as a Spring Data sort, for services that page with Spring Data. */
public final class GridSorts {

    private GridSorts() {}

    /** The order the grid's columns are sorted by now, as its data provider receives it. */
    public static <T> Sort of(Grid<T> grid) {
        return toSort(grid.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection()))
                .toList());
    }

    public static Sort toSort(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream()
                .map(o -> o.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(o.getSorted())
                        : Sort.Order.desc(o.getSorted()))
                .toList());
    }
}
