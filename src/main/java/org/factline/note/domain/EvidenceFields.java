package org.factline.note.domain;

import java.time.LocalDate;
import org.factline.note.SourceType;
import org.factline.note.Stance;
import org.jspecify.annotations.Nullable;

/** The describing fields of an evidence item, already checked and cleaned by the service. */
public record EvidenceFields(
        @Nullable String title,
        @Nullable String url,
        @Nullable String urlHost,
        @Nullable String archiveUrl,
        SourceType sourceType,
        Stance stance,
        @Nullable String quote,
        @Nullable String originalLanguage,
        @Nullable String translation,
        @Nullable LocalDate accessedOn) {}
