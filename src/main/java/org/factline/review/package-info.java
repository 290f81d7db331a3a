/**
 * Editor review: the queue of proposed verdicts, approvals, rejections and the correction log.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security"})
package org.factline.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
