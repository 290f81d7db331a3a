/** Claim views, and the {@link org.factline.claim.ui.ClaimPanel} extension point of the claim page. */
@NullMarked
@NamedInterface("ui")
package org.factline.claim.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
