package org.factline.timeline;

import org.factline.timeline.domain.EventCategory;

/** A timeline category as views show it. */
public record CategoryView(long id, long version, String name, String color, int position) {

    static CategoryView of(EventCategory c) {
        return new CategoryView(c.getId(), c.getVersion(), c.getName(), c.getColor(), c.getPosition());
    }
}
