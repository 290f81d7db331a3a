package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ClaimantProfilesTest extends AbstractIntegrationTest {

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimantProfiles profiles;

    @Test
    void editors_set_the_kind_and_links_and_fact_checkers_may_only_read_them() {
        signIn(user("profile-checker", Role.FACT_CHECKER));
        String name = unique("Port Authority");
        claims.create(new NewClaim("The port moved more containers (" + name + ")", name, null, Set.of()));
        long id = claims.claimantIdByName(name).orElseThrow();
        var fresh = profiles.get(id);
        assertThat(fresh.kind()).isEqualTo(ClaimantKind.OTHER);
        assertThat(fresh.canEdit()).isFalse();
        assertThatThrownBy(() -> profiles.describe(id, fresh.version(), ClaimantKind.ORGANIZATION, List.of()))
                .isInstanceOf(AccessDeniedException.class);

        signIn(user("profile-editor", Role.EDITOR));
        var described = profiles.describe(
                id,
                fresh.version(),
                ClaimantKind.ORGANIZATION,
                List.of(" https://port.example/about ", "", "https://port.example/about", "https://wiki.example/Port"));
        assertThat(described.kind()).isEqualTo(ClaimantKind.ORGANIZATION);
        assertThat(described.links()).containsExactly("https://port.example/about", "https://wiki.example/Port");
        assertThat(described.canEdit()).isTrue();
        assertThat(described.claims()).hasSize(1);

        assertThatThrownBy(() -> profiles.describe(id, fresh.version(), ClaimantKind.PERSON, List.of()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> profiles.describe(
                        id, described.version(), ClaimantKind.PERSON, List.of("ftp://port.example/file")))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("links"));
        assertThatThrownBy(() -> profiles.describe(
                        id,
                        described.version(),
                        ClaimantKind.PERSON,
                        List.of(
                                "https://a.example",
                                "https://b.example",
                                "https://c.example",
                                "https://d.example",
                                "https://e.example",
                                "https://f.example")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 5");
        assertThat(profiles.get(id).links()).hasSize(2);
    }
}
