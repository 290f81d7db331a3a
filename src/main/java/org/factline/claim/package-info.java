/**
 * Claims: statements to check, their claimants, appearances in articles and workflow state.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security"})
package org.factline.claim;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
