package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.search.PageHighlighter.MarkedText;
import org.factline.search.PageHighlighter.MarkedText.Mark;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void long_fragments_are_cut_around_the_first_mark_at_word_boundaries() {
        String text = "word ".repeat(60) + "the ministry denied <it> " + "tail ".repeat(60);
        int at = text.indexOf("ministry");
        String trimmed = Snippets.trim(new MarkedText(text, List.of(new Mark(at, at + 8))), 80);

        assertThat(trimmed).startsWith("\u2026 word").endsWith(" \u2026").contains("<mark>ministry</mark>");
        assertThat(trimmed).contains("&lt;it&gt;").doesNotContain("<it>");
        assertThat(trimmed.replaceAll("</?mark>", "").replace("&lt;", "<").replace("&gt;", ">"))
                .hasSizeLessThanOrEqualTo(80 + 4);
        assertThat(Snippets.trim(new MarkedText("short one", List.of(new Mark(6, 9))), 80))
                .isEqualTo("short <mark>one</mark>");
    }

    @Test
    void text_without_spaces_is_never_cut_inside_a_character_pair() {
        String text = "\uD83D\uDE00".repeat(100) + "\u6D4B\u8BD5" + "\uD83D\uDE00".repeat(100);
        int at = text.indexOf('\u6D4B');
        for (int max = 40; max < 46; max++) {
            String trimmed = Snippets.trim(new MarkedText(text, List.of(new Mark(at, at + 2))), max);
            String plain =
                    trimmed.replaceAll("</?mark>", "").replace("\u2026 ", "").replace(" \u2026", "");
            assertThat(Character.isLowSurrogate(plain.charAt(0)))
                    .as("max %d", max)
                    .isFalse();
            assertThat(Character.isHighSurrogate(plain.charAt(plain.length() - 1)))
                    .as("max %d", max)
                    .isFalse();
            assertThat(trimmed).contains("<mark>\u6D4B\u8BD5</mark>");
        }
    }

    @Test
    void marked_text_is_escaped_with_only_the_matches_marked() {
        String title = "Export rules <b>tightened</b>. Nvidia's H20 affected";
        int at = title.indexOf("H20");

        assertThat(Snippets.html(new MarkedText(title, List.of(new Mark(at, at + 3)))))
                .isEqualTo("Export rules &lt;b&gt;tightened&lt;/b&gt;. Nvidia&apos;s <mark>H20</mark> affected");
        assertThat(Snippets.html(new MarkedText("a <mark> b", List.of()))).isEqualTo("a &lt;mark&gt; b");
    }

    @Test
    void fragments_are_joined_with_one_ellipsis_between_them() {
        assertThat(Snippets.joinFragments(List.of("first part \u2026", "\u2026 second part", "third")))
                .isEqualTo("first part \u2026 second part \u2026 third");
        assertThat(Snippets.joinFragments(List.of("only"))).isEqualTo("only");
    }
}
