package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.article.PassageLocator.Status;
import org.junit.jupiter.api.Test;

class PassageLocatorTest {

    static final String TEXT = "The rules took effect in October. Officials said the rules would be reviewed.\n\n"
            + "Industry groups said the rules would be reviewed too late. Nobody expected a quick change.";

    @Test
    void anchors_the_occurrence_nearest_to_the_selection() {
        int second = TEXT.lastIndexOf("the rules would be reviewed");
        var anchor = PassageLocator.anchor(TEXT, "  the rules   would be reviewed ", second - 3);
        assertThat(anchor.start()).isEqualTo(second);
        assertThat(anchor.quote()).isEqualTo("the rules would be reviewed");
        assertThat(anchor.prefix()).endsWith("Industry groups said ");
        assertThat(anchor.suffix()).startsWith(" too late");
    }

    @Test
    void finds_the_passage_again_after_text_was_inserted_before_it() {
        int second = TEXT.lastIndexOf("the rules would be reviewed");
        var anchor = PassageLocator.anchor(TEXT, "the rules would be reviewed", second);
        String edited = "Updated: a correction was added at the top of this story.\n\n" + TEXT;

        var located = PassageLocator.locate(edited, anchor);

        assertThat(located.status()).isEqualTo(Status.MOVED);
        assertThat(edited.substring(located.start(), located.end())).isEqualTo("the rules would be reviewed");
        assertThat(edited.substring(located.end())).startsWith(" too late"); // the second occurrence, by its context
    }

    @Test
    void survives_whitespace_changes_and_reports_unchanged_text_as_found() {
        var anchor = PassageLocator.anchor(TEXT, "Nobody expected a quick change.", -1);
        assertThat(PassageLocator.locate(TEXT, anchor).status()).isEqualTo(Status.FOUND);
        assertThat(PassageLocator.locate(TEXT.replace("Nobody expected", "Nobody\n   expected"), anchor)
                        .status())
                .isIn(Status.FOUND, Status.MOVED);
    }

    @Test
    void reports_a_passage_whose_words_are_gone_as_lost() {
        var anchor = PassageLocator.anchor(TEXT, "Nobody expected a quick change.", -1);
        var located =
                PassageLocator.locate(TEXT.replace("Nobody expected a quick change.", "A quick change came."), anchor);
        assertThat(located.status()).isEqualTo(Status.LOST);
    }

    @Test
    void selections_that_are_not_in_the_text_cannot_be_anchored() {
        assertThat(PassageLocator.anchor(TEXT, "words that are not there", -1)).isNull();
        assertThat(PassageLocator.anchor(TEXT, "   ", -1)).isNull();
    }

    @Test
    void reanchoring_in_another_text_gives_the_position_and_context_there_or_nothing() {
        var anchor = PassageLocator.anchor(TEXT, "Nobody expected a quick change.", -1);
        String copy = "Skip to main content\n\n" + TEXT + "\n\nShare this article";

        var there = PassageLocator.reanchor(copy, anchor);

        assertThat(copy.substring(there.start(), there.end())).isEqualTo("Nobody expected a quick change.");
        assertThat(there.prefix()).isEqualTo(copy.substring(there.start() - PassageAnchor.CONTEXT, there.start()));
        assertThat(there.suffix()).isEqualTo("\n\nShare this article");
        assertThat(PassageLocator.reanchor("A different story altogether.", anchor))
                .isNull();
    }
}
