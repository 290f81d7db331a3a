package org.factline.search;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every index is split into {@link #COUNT} shards by id, and the search service asks every shard
 * at once, one thread each, then merges: a query over a million documents takes about
 * 1/{@value #COUNT} of the time on an otherwise idle machine. The split is by id, so every shard
 * holds a random part and scores stay comparable across shards (the same term statistics to within
 * noise). Every indexed entity routes its document with {@code routingBinder = @RoutingBinderRef(type
 * = SearchShards.ById.class)}, or with its own binder using {@link #router()}.
 *
 * <p>On a remote engine (the cluster profile) the engine shards the index itself (its
 * {@code number_of_shards}, by document id) and searches every shard of it in one query: documents
 * get no routing key and {@link ShardedSearch} sends one query.
 */
@Component
public class SearchShards implements HibernatePropertiesCustomizer {

    public static final int COUNT = 2;

    /**
     * Whether documents of the mapping being built carry the application's shard as routing key.
     * Static because Hibernate Search creates the routing binders itself: set before the mapping
     * starts (the customizer runs first) and read by each routing binder as it binds
     * ({@link #router()}), so two application contexts of one JVM that start one after the other
     * (the search benchmark's Lucene and OpenSearch) each route their own way.
     */
    private static volatile boolean explicit = true;

    private final boolean byApplication;

    SearchShards(SearchEngine engine) {
        this.byApplication = !engine.remote();
    }

    @Override
    public void customize(Map<String, Object> properties) {
        explicit = byApplication;
        if (byApplication) {
            properties.put("hibernate.search.backend.sharding.strategy", "explicit");
            properties.put("hibernate.search.backend.sharding.shard_identifiers", String.join(",", shardIds()));
        }
    }

    /** Whether the application splits the index and searches each shard itself (Lucene). */
    boolean byApplication() {
        return byApplication;
    }

    /** How the mapping being started routes its documents; routing binders take it when they bind. */
    public static Router router() {
        return explicit ? Router.BY_APPLICATION : Router.BY_ENGINE;
    }

    /** Where a document goes: the application's shard of its id (Lucene), or the engine's choice. */
    public enum Router {
        BY_APPLICATION,
        BY_ENGINE;

        /** Adds the route of the document with this id. */
        public void route(DocumentRoutes routes, Object id) {
            var route = routes.addRoute();
            if (this == BY_APPLICATION) {
                route.routingKey(shardOf(id));
            }
        }
    }

    static List<String> shardIds() {
        return IntStream.range(0, COUNT).mapToObj(String::valueOf).toList();
    }

    /** The routing key of the entity with this id. */
    public static String shardOf(Object id) {
        long value = id instanceof Number n ? n.longValue() : id.hashCode();
        return String.valueOf(Math.floorMod(value, COUNT));
    }

    /** Routes a document to the shard of its id; the id never changes, so neither does the shard. */
    public static final class ById implements RoutingBinder {

        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().useRootOnly();
            context.bridge(Object.class, new Bridge(router()));
        }

        private record Bridge(Router router) implements RoutingBridge<Object> {

            @Override
            public void route(
                    DocumentRoutes routes, Object entityIdentifier, Object entity, RoutingBridgeRouteContext context) {
                router.route(routes, entityIdentifier);
            }

            @Override
            public void previousRoutes(
                    DocumentRoutes routes, Object entityIdentifier, Object entity, RoutingBridgeRouteContext context) {
                router.route(routes, entityIdentifier);
            }
        }
    }
}
