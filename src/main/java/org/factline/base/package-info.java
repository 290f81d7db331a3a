/**
 * Shared kernel: the entity base class, the application shell (layout, navigation, user menu) and
 * small UI building blocks every feature reuses. Knows the signed-in user through the security
 * module and nothing about any feature.
 */
@NullMarked
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {"security"})
package org.factline.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
