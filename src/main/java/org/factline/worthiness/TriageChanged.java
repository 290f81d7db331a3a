package org.factline.worthiness;

/** The triage of an article changed (a sentence claimed, dismissed or restored). */
public record TriageChanged(long articleId) {}
