package org.factline.note.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.factline.note.SourceType;
import org.factline.note.Stance;
import org.jspecify.annotations.Nullable;

/** A live evidence item's fields without its entity (exports read them a page of claims at a time). */
public record EvidenceRow(
        long id,
        long claimId,
        @Nullable String title,
        @Nullable String url,
        @Nullable String archiveUrl,
        SourceType sourceType,
        Stance stance,
        @Nullable String quote,
        @Nullable String originalLanguage,
        @Nullable String translation,
        @Nullable LocalDate accessedOn,
        String addedBy,
        Instant addedAt,
        @Nullable String fileName,
        @Nullable String fileType,
        @Nullable Long fileSize) {}
