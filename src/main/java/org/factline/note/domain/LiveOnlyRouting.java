package org.factline.note.domain;

import org.factline.search.SearchShards;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps soft-deleted notes and evidence out of the search index: deleting one removes its document
 * when the transaction commits, and a rebuild never adds it back. Live ones go to the shard of
 * their id ({@link SearchShards}).
 */
public class LiveOnlyRouting implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("deletedAt");
        context.bridge(SoftDeletable.class, new Bridge(SearchShards.router()));
    }

    private record Bridge(SearchShards.Router router) implements RoutingBridge<SoftDeletable> {

        @Override
        public void route(
                DocumentRoutes routes,
                Object entityIdentifier,
                SoftDeletable entity,
                RoutingBridgeRouteContext context) {
            if (entity.isDeleted()) {
                routes.notIndexed();
            } else {
                router.route(routes, entityIdentifier);
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes,
                Object entityIdentifier,
                SoftDeletable entity,
                RoutingBridgeRouteContext context) {
            // The shard comes from the id, which never changes.
            router.route(routes, entityIdentifier);
        }
    }
}
