/**
 * Articles: import (paste, upload, URL, feeds), extraction, deduplication and the reader view.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security"})
package org.factline.article;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
