package org.factline.presence;

/** Someone looking at the same page. */
public record Viewer(String username, String displayName) {}
