package org.factline.timeline;

/** A timeline category as views show it. */
public record CategoryView(long id, long version, String name, String color, int position) {}
