package org.factline.article;

/** A saved feed was added, changed, deleted or polled; open Feeds pages refresh. */
public record FeedsChanged(long feedId) {}
