package org.factline.article.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class VisibleBylineTest {

    @Test
    void the_first_element_marked_as_byline_is_taken() {
        assertThat(byline("""
                <article><h1>Reservoir levels fall</h1><p class="story-byline">By Mira Okafor</p>
                <p>Text of the story.</p><p class="byline">By Someone Else</p></article>
                """)).isEqualTo("By Mira Okafor");
        assertThat(byline("<article><a href=\"/staff/okafor\" rel=\"author\">Mira Okafor</a></article>"))
                .isEqualTo("Mira Okafor");
    }

    @Test
    void the_name_inside_an_author_block_is_preferred_to_the_whole_block() {
        assertThat(byline("""
                <div itemprop="author" itemscope><span>Written by</span>
                <span itemprop="name">Mira Okafor</span>, water correspondent</div>
                """)).isEqualTo("Mira Okafor");
    }

    @Test
    void hidden_elements_are_skipped() {
        assertThat(byline("""
                <span class="byline" style="display: none">Template Author</span>
                <span class="author" hidden>Hidden Author</span>
                <span class="author" aria-hidden="true">Aria Hidden</span>
                <span class="author">Mira Okafor</span>
                """)).isEqualTo("Mira Okafor");
    }

    @Test
    void comments_and_sidebars_come_last() {
        assertThat(byline("""
                <div class="sidebar"><span class="author">Columnist Of The Week</span></div>
                <article><p>Story text.</p><p class="byline">Mira Okafor</p></article>
                <div id="comments"><span class="comment-author">A Reader</span></div>
                """)).isEqualTo("Mira Okafor");
        assertThat(byline("""
                <header class="entry-header"><h1>Reservoir levels fall</h1>
                <a rel="author" href="/staff/okafor">Mira Okafor</a></header>
                <div class="entry-content"><p>Story text.</p></div>
                """)).isEqualTo("Mira Okafor");
    }

    @Test
    void a_long_block_is_not_a_byline() {
        assertThat(byline("""
                <div class="author-box">Mira Okafor has covered water policy, drought planning and the
                regional utilities for the Valley Ledger since the flood year; write to her with tips.</div>
                """)).isNull();
    }

    private static String byline(String body) {
        return VisibleByline.of(Jsoup.parse("<html><body>" + body + "</body></html>"));
    }
}
