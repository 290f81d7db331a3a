/**
 * Authentication and authorisation: the filter chain, role names, the signed-in principal, the
 * login page, login throttling and the check that ends sessions of disabled or reset accounts.
 * Depends on no other feature; the user module plugs in through {@link
 * org.springframework.security.core.userdetails.UserDetailsService} and {@link
 * org.factline.security.SessionValidity}.
 */
@NullMarked
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.factline.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
