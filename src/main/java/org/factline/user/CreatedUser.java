package org.factline.user;

/** A new account and its one-time password, which the admin passes on and nobody sees again. */
public record CreatedUser(UserSummary user, String temporaryPassword) {}
