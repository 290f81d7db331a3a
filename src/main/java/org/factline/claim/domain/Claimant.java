package org.factline.claim.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factline.base.domain.AbstractEntity;
import org.factline.claim.ClaimantKind;

/** Who made a claim: a person, company or government, shared by all claims. */
@Entity
@Table(name = "claimant")
public class Claimant extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int LINK_MAX_LENGTH = 2000;
    public static final int LINKS_MAX = 5;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    /** Lowercased, single-spaced name: "OpenAI" and "openai " are one claimant. */
    @Column(name = "name_key", nullable = false, length = NAME_MAX_LENGTH, unique = true)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ClaimantKind kind;

    /** Web pages that say who this is (schema.org {@code sameAs}), in the order given. */
    @ElementCollection
    @CollectionTable(name = "claimant_link", joinColumns = @JoinColumn(name = "claimant_id"))
    @OrderColumn(name = "link_index")
    @Column(name = "url", nullable = false, length = LINK_MAX_LENGTH)
    private List<String> links = new ArrayList<>();

    public static final int ALIASES_MAX = 20;

    /** Other names the claimant goes by, each unique across all claimants by its key. */
    @ElementCollection
    @CollectionTable(name = "claimant_alias", joinColumns = @JoinColumn(name = "claimant_id"))
    @OrderColumn(name = "alias_index")
    private List<Alias> aliases = new ArrayList<>();

    /** Another name of a claimant, with its lookup key. */
    @Embeddable
    public static class Alias {
        @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
        private String name = "";

        @Column(name = "name_key", nullable = false, length = NAME_MAX_LENGTH)
        private String nameKey = "";

        protected Alias() {}

        Alias(String name) {
            this.name = tidy(name);
            this.nameKey = key(name);
        }

        public String getName() {
            return name;
        }

        public String getNameKey() {
            return nameKey;
        }
    }

    protected Claimant() {
        this.name = "";
        this.nameKey = "";
        this.kind = ClaimantKind.OTHER;
    }

    public Claimant(String name, ClaimantKind kind) {
        this.name = tidy(name);
        this.nameKey = key(name);
        this.kind = kind;
    }

    /** The name as stored: trimmed, single-spaced. */
    public static String tidy(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    /** The other names, in the order given. */
    public List<String> getAliases() {
        return aliases.stream().map(Alias::getName).toList();
    }

    /** Replaces the other names (already tidied, checked unique, without the name itself). */
    public void setAliases(List<String> names) {
        aliases.clear();
        names.forEach(n -> aliases.add(new Alias(n)));
    }

    /** A new name; the caller decides whether the old one stays as an alias. */
    public void rename(String newName) {
        this.name = tidy(newName);
        this.nameKey = key(newName);
    }

    public ClaimantKind getKind() {
        return kind;
    }

    public List<String> getLinks() {
        return List.copyOf(links);
    }

    /** What kind of claimant this is and where to read about them; the name stays. */
    public void describe(ClaimantKind kind, List<String> links) {
        this.kind = kind;
        this.links.clear();
        this.links.addAll(links);
    }
}
