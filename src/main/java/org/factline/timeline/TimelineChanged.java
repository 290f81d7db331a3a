package org.factline.timeline;

/** Published when an event is added, changed, published or deleted. */
public record TimelineChanged(long eventId) {}
