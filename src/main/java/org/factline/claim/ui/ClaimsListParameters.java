package org.factline.claim.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import org.factline.claim.AssigneeFilter;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimOrder;
import org.factline.claim.ClaimStatus;
import org.jspecify.annotations.Nullable;

/**
 * The claims list's filters and order as they appear in its address ({@code
 * claims?assignee=me&needs=vote&sort=most-disputed}), so a view can be bookmarked and shared.
 * Unknown values are ignored rather than refused.
 */
record ClaimsListParameters(
        @Nullable String text,
        @Nullable ClaimStatus status,
        @Nullable String tag,
        @Nullable String assignee,
        boolean needsMyVote,
        ClaimOrder order,
        @Nullable Long article) {

    static final String ME = "me";
    static final String NOBODY = "none";

    static ClaimsListParameters from(QueryParameters params) {
        return new ClaimsListParameters(
                param(params, "q").orElse(null),
                param(params, "status").flatMap(ClaimsListParameters::status).orElse(null),
                param(params, "tag").orElse(null),
                param(params, "assignee").orElse(null),
                param(params, "needs").filter("vote"::equals).isPresent(),
                param(params, "sort").flatMap(ClaimsListParameters::order).orElse(ClaimOrder.NEWEST),
                param(params, "article").flatMap(ClaimsListParameters::id).orElse(null));
    }

    QueryParameters toQueryParameters() {
        var map = new LinkedHashMap<String, String>();
        put(map, "q", text);
        put(map, "status", status == null ? null : slug(status.name()));
        put(map, "tag", tag);
        put(map, "assignee", assignee);
        put(map, "needs", needsMyVote ? "vote" : null);
        put(map, "sort", order == ClaimOrder.NEWEST ? null : slug(order.name()));
        put(map, "article", article == null ? null : article.toString());
        return QueryParameters.simple(map);
    }

    ClaimFilter filter() {
        return new ClaimFilter(blank(text), status, blank(tag), article, assigneeFilter(assignee), needsMyVote);
    }

    static @Nullable AssigneeFilter assigneeFilter(@Nullable String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return switch (key) {
            case ME -> AssigneeFilter.me();
            case NOBODY -> AssigneeFilter.nobody();
            default -> AssigneeFilter.person(key);
        };
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Optional<String> param(QueryParameters params, String name) {
        return params.getSingleParameter(name).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<Long> id(String value) {
        try {
            long id = Long.parseLong(value);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<ClaimStatus> status(String slug) {
        return enumValue(ClaimStatus.class, slug);
    }

    private static Optional<ClaimOrder> order(String slug) {
        return enumValue(ClaimOrder.class, slug);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String slug) {
        try {
            return Optional.of(Enum.valueOf(type, slug.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static String slug(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void put(LinkedHashMap<String, String> map, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }
}
