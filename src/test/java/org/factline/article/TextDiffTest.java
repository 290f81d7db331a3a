package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.article.DiffPiece.Kind;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void pieces_mark_deleted_and_inserted_words_and_keep_the_rest() {
        var pieces = TextDiff.pieces(
                "The minister said exports would fall.", "The minister said exports would rise sharply.");
        assertThat(pieces)
                .containsExactly(
                        new DiffPiece(Kind.SAME, "The minister said exports would "),
                        new DiffPiece(Kind.DELETED, "fall"),
                        new DiffPiece(Kind.INSERTED, "rise sharply"),
                        new DiffPiece(Kind.SAME, "."));
    }

    @Test
    void changed_words_separated_by_spaces_read_as_one_change() {
        assertThat(TextDiff.pieces("They said they were still reviewing it.", "They declined to comment on it."))
                .containsExactly(
                        new DiffPiece(Kind.SAME, "They "),
                        new DiffPiece(Kind.DELETED, "said they were still reviewing "),
                        new DiffPiece(Kind.INSERTED, "declined to comment on "),
                        new DiffPiece(Kind.SAME, "it."));
    }

    @Test
    void identical_texts_are_one_unchanged_piece() {
        assertThat(TextDiff.pieces("Same words.", "Same words."))
                .isEqualTo(List.of(new DiffPiece(Kind.SAME, "Same words.")));
    }

    @Test
    void the_successor_of_a_passage_is_the_text_that_took_its_place() {
        String older = "First sentence. Exports fell by ten percent last year. Last sentence.";
        String newer = "First sentence. Exports rose by two percent last year. Last sentence.";
        int start = older.indexOf("Exports");
        int end = older.indexOf(" last year");
        assertThat(TextDiff.successor(older, newer, start, end)).isEqualTo("Exports rose by two percent");
    }

    @Test
    void a_passage_deleted_without_replacement_has_no_successor() {
        String older = "Kept. Removed entirely here. Also kept.";
        String newer = "Kept. Also kept.";
        int start = older.indexOf("Removed");
        assertThat(TextDiff.successor(older, newer, start, start + "Removed entirely here.".length()))
                .isNull();
    }
}
