package org.factline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factline.timeline.DatePrecision;
import org.factline.timeline.Side;
import org.junit.jupiter.api.Test;

/** The demo timeline's events are read from their data file with its defaults filled in. */
class DemoTimelineEventsTest {

    private static final List<String> SEEDED_CATEGORIES = List.of(
            "Model release",
            "Export control",
            "Accusation / denial",
            "Chips & hardware",
            "Policy & law",
            "Investment",
            "Research");

    @Test
    void the_data_file_holds_34_events_in_seeded_categories_two_of_them_drafts() {
        List<DemoTimeline.Demo> events = DemoTimeline.events();
        assertThat(events).hasSize(34);
        assertThat(events).extracting(DemoTimeline.Demo::category).allMatch(SEEDED_CATEGORIES::contains);
        assertThat(events).filteredOn(d -> !d.publish()).hasSize(2);
        assertThat(events).allSatisfy(d -> {
            assertThat(d.title()).isNotBlank();
            assertThat(d.description()).isNotBlank();
            assertThat(d.importance()).isBetween(1, 3);
        });
    }

    @Test
    void left_out_parts_take_their_defaults_and_written_ones_are_kept() {
        List<DemoTimeline.Demo> events = DemoTimeline.events();
        var first = events.getFirst();
        assertThat(first.title()).isEqualTo("Nvidia told A100 and H100 sales to China need a licence");
        assertThat(first.date()).isEqualTo(LocalDate.of(2022, 8, 31));
        assertThat(first.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(first.end()).isNull();
        assertThat(first.side()).isEqualTo(Side.US);
        assertThat(first.actors()).containsExactly("Nvidia", "US Department of Commerce");
        assertThat(first.tags()).isEmpty();
        assertThat(first.article()).isNull();
        assertThat(first.claim()).isNull();
        assertThat(first.publish()).isTrue();

        var deepSeek = events.stream()
                .filter(d -> d.title().equals("Nvidia loses about $590 billion in market value"))
                .findFirst()
                .orElseThrow();
        assertThat(deepSeek.article()).isEqualTo("DeepSeek releases R1");
        assertThat(deepSeek.claim()).isEqualTo("Nvidia shares fell about 17 percent");

        var summit = events.stream()
                .filter(d -> d.title().equals("AI Safety Summit at Bletchley Park"))
                .findFirst()
                .orElseThrow();
        assertThat(summit.end()).isEqualTo(LocalDate.of(2023, 11, 2));
        assertThat(summit.tags()).containsExactly("policy");
        assertThat(summit.side()).isEqualTo(Side.MULTI);

        assertThat(events.getLast().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(events.getLast().publish()).isFalse();
    }
}
