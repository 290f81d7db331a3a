package org.factline.claim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import org.factline.base.domain.AbstractEntity;

/** Who made a claim: a person, company or government, shared by all claims. */
@Entity
@Table(name = "claimant")
public class Claimant extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 200;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    /** Lowercased, single-spaced name: "OpenAI" and "openai " are one claimant. */
    @Column(name = "name_key", nullable = false, length = NAME_MAX_LENGTH, unique = true)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ClaimantKind kind;

    protected Claimant() {
        this.name = "";
        this.nameKey = "";
        this.kind = ClaimantKind.OTHER;
    }

    public Claimant(String name, ClaimantKind kind) {
        this.name = name.strip().replaceAll("\\s+", " ");
        this.nameKey = key(name);
        this.kind = kind;
    }

    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public ClaimantKind getKind() {
        return kind;
    }
}
