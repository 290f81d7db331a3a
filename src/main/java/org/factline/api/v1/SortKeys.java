package org.factline.api.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factline.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * A list's {@code sort} parameter: comma-separated keys of the list's columns, each with a
 * leading {@code -} for descending ({@code sort=-publishedAt,title}); unknown keys are refused,
 * so a typo never silently sorts by something else.
 */
final class SortKeys {

    private SortKeys() {}

    static Sort parse(@Nullable String keys, Set<String> allowed) {
        if (keys == null || keys.isBlank()) {
            return Sort.unsorted();
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (String part : keys.split(",")) {
            String key = part.strip();
            boolean descending = key.startsWith("-");
            String property = descending ? key.substring(1) : key;
            if (!allowed.contains(property)) {
                throw new ValidationException(
                        "sort",
                        "Sort by " + String.join(", ", allowed.stream().sorted().toList())
                                + ", with a leading - for descending.");
            }
            orders.add(descending ? Sort.Order.desc(property) : Sort.Order.asc(property));
        }
        return Sort.by(orders);
    }
}
