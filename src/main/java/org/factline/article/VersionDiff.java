package org.factline.article;

import java.util.List;

/**
 * The differences between two versions of an article's text, in reading order.
 *
 * @param insertions runs of inserted words
 * @param deletions runs of deleted words
 */
public record VersionDiff(int from, int to, List<DiffPiece> pieces, int insertions, int deletions) {

    static VersionDiff of(int from, int to, List<DiffPiece> pieces) {
        return new VersionDiff(
                from,
                to,
                pieces,
                (int) pieces.stream()
                        .filter(p -> p.kind() == DiffPiece.Kind.INSERTED)
                        .count(),
                (int) pieces.stream()
                        .filter(p -> p.kind() == DiffPiece.Kind.DELETED)
                        .count());
    }

    public boolean identical() {
        return insertions == 0 && deletions == 0;
    }
}
