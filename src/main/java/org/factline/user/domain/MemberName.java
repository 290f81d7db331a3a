package org.factline.user.domain;

/** An account's username and display name, for lists of teammates and @mentions. */
public record MemberName(String username, String displayName) {}
