/** Article views, and the {@link org.factline.article.ui.ReaderPanel} extension point of the reader. */
@NullMarked
@NamedInterface("ui")
package org.factline.article.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
