/**
 * The extraction engine, exposed on its own so the command line ({@code extract FILE...}) can run
 * it without the rest of the application.
 */
@NullMarked
@NamedInterface("extract")
package org.factline.article.extract;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
