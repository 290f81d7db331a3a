package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void long_fragments_are_cut_around_the_first_mark_at_word_boundaries() {
        String fragment = "word ".repeat(60) + "the <mark>ministry</mark> denied &lt;it&gt; " + "tail ".repeat(60);
        String trimmed = Snippets.trim(fragment, 80);

        assertThat(trimmed).startsWith("\u2026 word").endsWith(" \u2026").contains("<mark>ministry</mark>");
        assertThat(trimmed.replaceAll("</?mark>", "").replace("&lt;", "<").replace("&gt;", ">"))
                .hasSizeLessThanOrEqualTo(80 + 4);
        assertThat(Snippets.trim("short <mark>one</mark>", 80)).isEqualTo("short <mark>one</mark>");
    }

    @Test
    void titles_are_escaped_whole_with_the_marked_words_marked() {
        String title = "Export rules <b>tightened</b>. Nvidia's H20 affected";
        String marked = Snippets.markWords(title, "Nvidia's <mark>H20</mark> affected");

        assertThat(marked)
                .isEqualTo("Export rules &lt;b&gt;tightened&lt;/b&gt;. Nvidia&apos;s <mark>H20</mark> affected");
        assertThat(Snippets.markWords("H200 and H20", "<mark>H20</mark>")).isEqualTo("H200 and <mark>H20</mark>");
    }

    @Test
    void fragments_are_joined_with_one_ellipsis_between_them() {
        assertThat(Snippets.joinFragments(java.util.List.of("first part \u2026", "\u2026 second part", "third")))
                .isEqualTo("first part \u2026 second part \u2026 third");
        assertThat(Snippets.joinFragments(java.util.List.of("only"))).isEqualTo("only");
    }
}
