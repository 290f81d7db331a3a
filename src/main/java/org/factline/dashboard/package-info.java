/**
 * The home page: workspace figures and the signed-in user's recent activity. Grows as features
 * land; reads only through other features' services.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "user", "audit", "article"})
package org.factline.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
