/**
 * Publishing verified work: public, server-rendered verdict pages (no sign-in) for verified claims
 * with their ClaimReview JSON-LD, Open Graph tags and correction log, and a public index of the
 * latest verdicts. It owns no data: {@link org.factline.publish.PublishedVerdicts} reads claims,
 * verdicts and articles through their modules' services as the system and shows only verified
 * claims, never drafts, votes, notes, team names or archived articles.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "claim", "review", "article"})
package org.factline.publish;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
