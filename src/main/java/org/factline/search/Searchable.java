package org.factline.search;

/**
 * An entity that takes part in the one search box. Annotate it with
 * {@code @Indexed} and {@code @TypeBinding(binder = @TypeBinderRef(type = SearchDocumentBinder.class))};
 * every indexed type then shares one schema, so a query, its facets and its highlights work across
 * all of them.
 */
public interface Searchable {

    /** What the index holds for this entity, computed on every change. */
    SearchDocument searchDocument();
}
