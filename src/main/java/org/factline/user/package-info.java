/**
 * People who use Factline: accounts, roles, passwords and their policy, the first admin, and the
 * admin screens to manage them. Loads users for sign-in and tells the security module when a
 * session must end. Every change is published as an audit record.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "search"})
package org.factline.user;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
