package org.factline.security;

/**
 * Published when a user's open sessions must end (disabled, password reset, roles changed).
 * Sessions end on their next request anyway; listeners may push the news to open browser tabs.
 */
public record SessionsRevoked(long userId) {}
