package org.factline.user;

/**
 * A token just created: the only moment its secret exists outside the caller's hands, shown once.
 */
public record CreatedAccessToken(AccessTokenDetail token, String secret) {

    @Override
    public String toString() {
        return "CreatedAccessToken[" + token + ", secret=…]";
    }
}
