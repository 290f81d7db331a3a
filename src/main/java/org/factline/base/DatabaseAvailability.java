package org.factline.base;

/**
 * Published (synchronously, on this node) when the database stops or starts answering, so open
 * pages can say so at once.
 */
public record DatabaseAvailability(boolean reachable) {}
