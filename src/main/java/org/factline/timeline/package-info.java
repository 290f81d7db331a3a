/**
 * Timeline: the shared chronology of US-China AI events, its views and exports.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security"})
package org.factline.timeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
