package org.factline.note;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a fact-checker enters for an evidence item; the service checks and cleans every field. */
public record EvidenceForm(
        @Nullable String title,
        @Nullable String url,
        @Nullable String archiveUrl,
        @Nullable SourceType sourceType,
        @Nullable Stance stance,
        @Nullable String quote,
        @Nullable String originalLanguage,
        @Nullable String translation,
        @Nullable LocalDate accessedOn) {}
