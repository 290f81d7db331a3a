/** "Viewing now" avatars on the claim page. */
@NullMarked
package org.factline.presence.ui;

import org.jspecify.annotations.NullMarked;
