package org.factline.timeline;

import org.factline.timeline.domain.EventCategory;

/** A timeline category as views show it. */
public record CategoryDetail(long id, long version, String name, String color, int position) {

    static CategoryDetail of(EventCategory c) {
        return new CategoryDetail(c.getId(), c.getVersion(), c.getName(), c.getColor(), c.getPosition());
    }
}
