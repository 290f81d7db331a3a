package org.factline.security;

/**
 * Tells whether a session signed in at a given epoch may go on. Implemented by the user module
 * from the database, so the answer is the same on every application node.
 */
public interface SessionValidity {

    boolean isStillValid(long userId, long sessionEpoch);
}
