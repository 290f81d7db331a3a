package org.factline.base.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Every row of a filtered, sorted list, read a page at a time: each page is one query that starts
 * after the last row of the page before (keyset paging, {@code where (sort keys) > (last row's)
 * order by … limit n}) instead of skipping rows with an offset. However many rows match, memory
 * holds one page, every page costs the same, and the database (H2 keeps a whole result in memory;
 * PostgreSQL's driver does too outside a cursor) never materialises the whole list. Rows are
 * projections ({@code cb.construct}), so nothing enters the persistence context.
 *
 * <p>The sort keys are the list's order with the id as the last tie-breaker. Null values of a
 * nullable key come last, in either direction.
 *
 * @param <E> the entity the list reads
 * @param <R> the row record each page holds
 */
public final class KeysetPages<E, R> {

    /** A property the list may be sorted by: how to read it off a row and whether it may be null. */
    public record SortKey<R>(Function<R, @Nullable Object> value, boolean nullable) {

        public static <R> SortKey<R> of(Function<R, @Nullable Object> value) {
            return new SortKey<>(value, false);
        }

        public static <R> SortKey<R> nullable(Function<R, @Nullable Object> value) {
            return new SortKey<>(value, true);
        }
    }

    /** What a row selects from the entity's root. */
    @FunctionalInterface
    public interface RowSelection<E, R> {
        Selection<R> select(CriteriaBuilder cb, Root<E> root);
    }

    private record Key<R>(String property, boolean descending, SortKey<R> key) {}

    private final EntityManager entityManager;
    private final Class<E> entity;
    private final Class<R> row;
    private final RowSelection<E, R> selection;
    private final Specification<E> filter;
    private final List<Key<R>> keys;

    /**
     * @param sortable the properties the list may be sorted by, including {@code id}; other
     *     properties of {@code sort} are ignored
     * @param fallback the order when {@code sort} names none of them
     */
    public KeysetPages(
            EntityManager entityManager,
            Class<E> entity,
            Class<R> row,
            RowSelection<E, R> selection,
            Specification<E> filter,
            Sort sort,
            Map<String, SortKey<R>> sortable,
            Sort fallback) {
        this.entityManager = entityManager;
        this.entity = entity;
        this.row = row;
        this.selection = selection;
        this.filter = filter;
        this.keys = keys(sort, sortable, fallback);
    }

    private static <R> List<Key<R>> keys(Sort sort, Map<String, SortKey<R>> sortable, Sort fallback) {
        if (!sortable.containsKey("id")) {
            throw new IllegalArgumentException("The id breaks ties, so it must be sortable");
        }
        var keys = new ArrayList<Key<R>>();
        for (Sort.Order order : sort) {
            add(keys, order, sortable);
        }
        if (keys.isEmpty()) {
            fallback.forEach(order -> add(keys, order, sortable));
        }
        if (keys.stream().noneMatch(k -> k.property().equals("id"))) {
            keys.add(new Key<>("id", false, sortable.get("id")));
        }
        return List.copyOf(keys);
    }

    private static <R> void add(List<Key<R>> keys, Sort.Order order, Map<String, SortKey<R>> sortable) {
        SortKey<R> key = sortable.get(order.getProperty());
        if (key != null && keys.stream().noneMatch(k -> k.property().equals(order.getProperty()))) {
            keys.add(new Key<>(order.getProperty(), order.isDescending(), key));
        }
    }

    /** Hands every matching row to {@code page}, {@code size} rows at a time, in order. */
    public void forEach(int size, Consumer<List<R>> page) {
        R last = null;
        while (true) {
            List<R> rows = page(last, size);
            if (rows.isEmpty()) {
                return;
            }
            page.accept(rows);
            if (rows.size() < size) {
                return;
            }
            last = rows.getLast();
        }
    }

    private List<R> page(@Nullable R after, int size) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<R> query = cb.createQuery(row);
        Root<E> root = query.from(entity);
        query.select(selection.select(cb, root));
        var where = new ArrayList<Predicate>();
        Predicate matching = filter.toPredicate(root, query, cb);
        if (matching != null) {
            where.add(matching);
        }
        if (after != null) {
            where.addAll(after(cb, root, after));
        }
        query.where(where.toArray(Predicate[]::new));
        query.orderBy(keys.stream().map(k -> order(cb, root, k)).toList());
        return entityManager.createQuery(query).setMaxResults(size).getResultList();
    }

    private static <E, R> Order order(CriteriaBuilder cb, Root<E> root, Key<R> k) {
        Expression<?> path = root.get(k.property());
        if (!k.key().nullable()) {
            // plain order, so the database can walk a default index backwards too
            return k.descending() ? cb.desc(path) : cb.asc(path);
        }
        return k.descending() ? cb.desc(path, Nulls.LAST) : cb.asc(path, Nulls.LAST);
    }

    /**
     * Rows after {@code last}: for some key, all keys before it equal and this one beyond. The
     * first key's bound is repeated on its own, so an index on it serves the query.
     */
    private List<Predicate> after(CriteriaBuilder cb, Root<E> root, R last) {
        var result = new ArrayList<Predicate>();
        Key<R> first = keys.getFirst();
        Object firstValue = first.key().value().apply(last);
        if (firstValue != null) {
            Predicate bound = first.descending()
                    ? cb.lessThanOrEqualTo(comparable(root, first), (Comparable) firstValue)
                    : cb.greaterThanOrEqualTo(comparable(root, first), (Comparable) firstValue);
            result.add(first.key().nullable() ? cb.or(bound, cb.isNull(root.get(first.property()))) : bound);
        }
        var alternatives = new ArrayList<Predicate>();
        var equalBefore = new ArrayList<Predicate>();
        for (Key<R> k : keys) {
            Object value = k.key().value().apply(last);
            Predicate beyond = beyond(cb, root, k, value);
            if (beyond != null) {
                var alternative = new ArrayList<>(equalBefore);
                alternative.add(beyond);
                alternatives.add(cb.and(alternative.toArray(Predicate[]::new)));
            }
            equalBefore.add(
                    value == null ? cb.isNull(root.get(k.property())) : cb.equal(root.get(k.property()), value));
        }
        result.add(alternatives.isEmpty() ? cb.disjunction() : cb.or(alternatives.toArray(Predicate[]::new)));
        return result;
    }

    /** Values that sort after {@code value} on this key; null when none do (nulls come last). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <E, R> @Nullable Predicate beyond(
            CriteriaBuilder cb, Root<E> root, Key<R> k, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        Expression path = comparable(root, k);
        Predicate strict =
                k.descending() ? cb.lessThan(path, (Comparable) value) : cb.greaterThan(path, (Comparable) value);
        return k.key().nullable() ? cb.or(strict, cb.isNull(path)) : strict;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <E, R> Expression<Comparable> comparable(Root<E> root, Key<R> k) {
        return (Expression) root.get(k.property());
    }
}
