/** Check-worthiness in the reader, the articles list and the admin page. */
@NullMarked
package org.factline.worthiness.ui;

import org.jspecify.annotations.NullMarked;
