package org.factline.user;

/** An active fact-checker or editor, as pickers list them. */
public record TeamMember(String username, String displayName) {}
