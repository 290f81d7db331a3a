/**
 * Check-worthiness triage: every imported article's sentences are scored by a linear model
 * (LIBLINEAR logistic regression over n-grams, quantities, attributions, names and context)
 * trained on the CLEF-2019 CheckThat! debates and shipped in the jar; readers see the strongest
 * candidates first and make claims of them or dismiss them. That feedback is kept, and admins can
 * retrain: the candidate model replaces the active one only if it ranks held-back feedback better.
 * {@link org.factline.worthiness.ScoreCommand} is the {@code score-sentences} command line.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "article", "article::ui", "claim", "claim::ui"})
package org.factline.worthiness;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
