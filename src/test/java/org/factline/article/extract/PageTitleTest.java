package org.factline.article.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageTitleTest {

    @Test
    void a_trailing_site_name_is_cut_off() {
        assertThat(clean("Harbour cranes stand idle as dock strike enters third week | Coastal Courier"))
                .isEqualTo("Harbour cranes stand idle as dock strike enters third week");
        assertThat(clean("Harbour cranes stand idle as dock strike enters third week - Coastal Courier - News"))
                .isEqualTo("Harbour cranes stand idle as dock strike enters third week - Coastal Courier");
        assertThat(clean("Harbour cranes stand idle as dock strike enters third week — Courier"))
                .isEqualTo("Harbour cranes stand idle as dock strike enters third week");
    }

    @Test
    void a_leading_site_name_goes_when_the_part_before_the_separator_is_too_short() {
        assertThat(clean("Courier » Harbour cranes stand idle as dock strike enters third week"))
                .isEqualTo("Harbour cranes stand idle as dock strike enters third week");
    }

    @Test
    void what_is_left_must_be_more_than_four_words_or_the_whole_title_stays() {
        assertThat(clean("New Zealand - Wikipedia")).isEqualTo("New Zealand - Wikipedia");
        assertThat(clean("Dock strike enters stalemate | Courier")).isEqualTo("Dock strike enters stalemate | Courier");
    }

    @Test
    void hyphens_and_slashes_inside_words_are_not_separators() {
        assertThat(clean("Wi-Fi hotspots and/or roaming data cost travellers more abroad"))
                .isEqualTo("Wi-Fi hotspots and/or roaming data cost travellers more abroad");
    }

    @Test
    void a_section_before_a_colon_goes_unless_a_heading_shows_the_whole_title() {
        String title = "Explainer: why the port authority raised its fees twice this year";
        assertThat(PageTitle.clean(title, List.of(), List.of()))
                .isEqualTo("why the port authority raised its fees twice this year");
        assertThat(PageTitle.clean(title, List.of(title), List.of(title))).isEqualTo(title);
    }

    @Test
    void a_colon_late_in_a_long_title_is_part_of_the_headline() {
        assertThat(clean("Port authority raises fees twice in one year and shippers say: enough"))
                .isEqualTo("Port authority raises fees twice in one year and shippers say: enough");
        assertThat(clean("The port authority raised its fees twice this year: shippers push back"))
                .isEqualTo("The port authority raised its fees twice this year: shippers push back");
    }

    @Test
    void a_title_of_odd_length_gives_way_to_the_only_h1() {
        var doc =
                Jsoup.parse("<title>Home</title><body><h1>Dock strike enters its third week</h1><h2>Talks</h2></body>");
        assertThat(PageTitle.of(doc)).isEqualTo("Dock strike enters its third week");
    }

    @Test
    void icon_titles_inside_svg_are_not_the_page_title() {
        var doc = Jsoup.parse(
                "<body><svg><title>icon-share</title></svg>" + "<h1>Dock strike enters its third week</h1></body>");
        assertThat(PageTitle.of(doc)).isEqualTo("Dock strike enters its third week");
    }

    @Test
    void similarity_is_the_share_of_the_second_text_found_in_the_first() {
        assertThat(PageTitle.similarity("Dock strike enters third week", "dock strike enters third week"))
                .isEqualTo(1.0);
        assertThat(PageTitle.similarity("Courier", "Dock strike")).isZero();
        assertThat(PageTitle.similarity("Dock strike ends", "Dock strike")).isEqualTo(1.0);
        assertThat(PageTitle.similarity("Dock strike", "Dock strike ends")).isCloseTo(1 - 4 / 16.0, within(1e-9));
    }

    private static String clean(String title) {
        return PageTitle.clean(title, List.of(), List.of());
    }
}
