package org.factline.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The searchable view of one item: every indexed type maps itself onto these fields.
 *
 * @param type short lowercase name shown as the result type and used by {@code type:} filters
 * @param link route of the item's page, relative to the app root (for example {@code claims/12})
 * @param title headline of the result
 * @param text body text; highlighted in the snippet
 * @param date the date the item is about (publication, claim or event date)
 * @param author byline, claimant or other person behind the item
 * @param aliases other names of the author (a claimant's aliases), found like the author
 * @param publisher site or outlet
 * @param verdict current published verdict, lowercase with underscores ({@code mostly_false})
 * @param category a feature-specific grouping (event category, article language…)
 * @param tags free tags
 * @param status workflow state shown next to the result
 * @param audience who may find it
 * @param owner the owner's username, for {@link Audience#OWNER}
 * @param meaning the sentence embedding of the title (claims), for kNN queries; null when not
 *     computed yet
 */
public record SearchDocument(
        String type,
        String link,
        String title,
        @Nullable String text,
        @Nullable LocalDate date,
        @Nullable String author,
        List<String> aliases,
        @Nullable String publisher,
        @Nullable String verdict,
        @Nullable String category,
        Set<String> tags,
        @Nullable String status,
        Audience audience,
        @Nullable String owner,
        float @Nullable [] meaning) {

    public SearchDocument {
        tags = Set.copyOf(tags);
        aliases = List.copyOf(aliases);
    }

    public static Builder builder(String type, String link, String title) {
        return new Builder(type, link, title);
    }

    /** Fills the optional fields by name; everything not set stays empty and visible to everyone. */
    public static final class Builder {
        private final String type;
        private final String link;
        private final String title;
        private @Nullable String text;
        private @Nullable LocalDate date;
        private @Nullable String author;
        private @Nullable String publisher;
        private @Nullable String verdict;
        private @Nullable String category;
        private Set<String> tags = Set.of();
        private List<String> aliases = List.of();
        private @Nullable String status;
        private Audience audience = Audience.EVERYONE;
        private @Nullable String owner;
        private float @Nullable [] meaning;

        private Builder(String type, String link, String title) {
            this.type = type;
            this.link = link;
            this.title = title;
        }

        public Builder text(@Nullable String value) {
            this.text = value;
            return this;
        }

        public Builder date(@Nullable LocalDate value) {
            this.date = value;
            return this;
        }

        public Builder author(@Nullable String value) {
            this.author = value;
            return this;
        }

        public Builder aliases(List<String> value) {
            this.aliases = value;
            return this;
        }

        public Builder publisher(@Nullable String value) {
            this.publisher = value;
            return this;
        }

        public Builder verdict(@Nullable String value) {
            this.verdict = value;
            return this;
        }

        public Builder category(@Nullable String value) {
            this.category = value;
            return this;
        }

        public Builder tags(Set<String> value) {
            this.tags = value;
            return this;
        }

        public Builder status(@Nullable String value) {
            this.status = value;
            return this;
        }

        public Builder audience(Audience value, @Nullable String ownerName) {
            this.audience = value;
            this.owner = ownerName;
            return this;
        }

        public Builder meaning(float @Nullable [] value) {
            this.meaning = value;
            return this;
        }

        public SearchDocument build() {
            return new SearchDocument(
                    type, link, title, text, date, author, aliases, publisher, verdict, category, tags, status,
                    audience, owner, meaning);
        }
    }
}
