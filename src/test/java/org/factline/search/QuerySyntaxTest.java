package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factline.search.ParsedQuery.Group;
import org.factline.search.ParsedQuery.Part;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

    private static List<Group> groups(String q) {
        return QuerySyntax.parse(q).groups();
    }

    @Test
    void words_phrases_exclusions_alternatives_and_prefixes() {
        assertThat(groups("chip \"export rules\" -huawei nvidia OR amd semicond*"))
                .containsExactly(
                        new Group(List.of(new Part.Word("chip")), false),
                        new Group(List.of(new Part.Phrase("export rules")), false),
                        new Group(List.of(new Part.Word("huawei")), true),
                        new Group(List.of(new Part.Word("nvidia"), new Part.Word("amd")), false),
                        new Group(List.of(new Part.Prefix("semicond")), false));
        assertThat(groups("NOT huawei")).containsExactly(new Group(List.of(new Part.Word("huawei")), true));
        assertThat(groups("Did Nvidia sell H20 chips?"))
                .last()
                .isEqualTo(new Group(List.of(new Part.Word("chips")), false));
        assertThat(QuerySyntax.parse("Did Nvidia sell H20 chips?").warnings()).isEmpty();
    }

    @Test
    void filters_with_dates_quoted_values_and_normalized_verdicts() {
        var parsed = QuerySyntax.parse(
                "type:claim verdict:Mostly-False publisher:\"Example Wire\" before:2025-06 after:2024");
        assertThat(parsed.warnings()).isEmpty();
        var filters = parsed.filters();
        assertThat(filters)
                .extracting(Part.Filter::value)
                .containsExactly("claim", "mostly_false", "Example Wire", "2025-06", "2024");
        assertThat(filters.get(3).to()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(filters.get(4).from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(parsed.without(filters.get(0)))
                .isEqualTo("verdict:Mostly-False publisher:\"Example Wire\" before:2025-06 after:2024");
    }

    @Test
    void mistakes_become_warnings_and_the_rest_is_searched() {
        assertThat(QuerySyntax.parse("\"unclosed phrase").groups())
                .containsExactly(new Group(List.of(new Part.Phrase("unclosed phrase")), false));
        assertThat(QuerySyntax.parse("\"unclosed phrase").warnings())
                .singleElement()
                .asString()
                .contains("closing quote");

        var unknown = QuerySyntax.parse("colour:red");
        assertThat(unknown.groups())
                .containsExactly(
                        new Group(List.of(new Part.Word("colour")), false),
                        new Group(List.of(new Part.Word("red")), false));
        assertThat(unknown.warnings()).singleElement().asString().contains("not a filter");
        assertThat(QuerySyntax.parse("https://example.org/story").warnings()).isEmpty();

        assertThat(QuerySyntax.parse("before:2025-13-40").warnings())
                .singleElement()
                .asString()
                .contains("not a date");
        assertThat(QuerySyntax.parse("before:2025-13-40").groups()).isEmpty();
        assertThat(QuerySyntax.parse("year:twenty").warnings()).hasSize(1);
        assertThat(QuerySyntax.parse("type:").warnings())
                .singleElement()
                .asString()
                .contains("needs a value");
        assertThat(QuerySyntax.parse("OR chips OR").warnings()).hasSize(2);
        assertThat(QuerySyntax.parse("(chips OR gpus)").warnings())
                .singleElement()
                .asString()
                .contains("Brackets");
        assertThat(QuerySyntax.parse("*seek").groups())
                .containsExactly(new Group(List.of(new Part.Word("seek")), false));
        assertThat(QuerySyntax.parse("a*").groups()).containsExactly(new Group(List.of(new Part.Word("a")), false));
        assertThat(QuerySyntax.parse("*** \"\" - !").groups()).isEmpty();
    }

    @Test
    void very_long_queries_are_cut_with_a_warning() {
        var parsed = QuerySyntax.parse("word ".repeat(200));
        assertThat(parsed.groups()).hasSize(QuerySyntax.MAX_GROUPS);
        assertThat(parsed.warnings()).hasSize(2);
        assertThat(QuerySyntax.parse(null).isEmpty()).isTrue();
    }
}
