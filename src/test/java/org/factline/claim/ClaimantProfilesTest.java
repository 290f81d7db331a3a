package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.audit.AuditFilter;
import org.factline.audit.AuditLog;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ValidationException;
import org.factline.search.SearchService;
import org.factline.search.SearchSort;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

class ClaimantProfilesTest extends AbstractIntegrationTest {

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimantProfiles profiles;

    @Autowired
    SearchService search;

    @Autowired
    AuditLog auditLog;

    @Test
    void aliases_find_the_claimant_where_one_is_chosen_and_in_search_and_belong_to_one_claimant_only() {
        signIn(user("alias-editor", Role.EDITOR));
        String name = unique("Seekdeep");
        String alias = unique("Seekdeep Labs");
        String chinese = "深度" + name.substring(name.length() - 6);
        var claim = claims.create(new NewClaim("The lab trained a model cheaply (" + name + ")", name, null, Set.of()));
        long id = claims.claimantIdByName(name).orElseThrow();
        var fresh = profiles.get(id);
        var described = profiles.describe(
                id, fresh.version(), ClaimantKind.COMPANY, List.of(), List.of(" " + alias + " ", chinese, name, ""));
        assertThat(described.aliases())
                .as("the name itself and blanks are dropped")
                .containsExactly(alias, chinese);
        assertThat(described.kind()).isEqualTo(ClaimantKind.COMPANY);

        assertThat(claims.claimantIdByName(alias.toUpperCase())).contains(id);
        assertThat(claims.claimantNames(chinese, 10)).containsExactly(name);
        var second = claims.create(new NewClaim("The lab released weights (" + alias + ")", alias, null, Set.of()));
        assertThat(profiles.get(id).claims()).extracting(ClaimLink::id).contains(claim.id(), second.id());

        String other = unique("Other Lab");
        claims.create(new NewClaim("Another lab spoke (" + other + ")", other, null, Set.of()));
        long otherId = claims.claimantIdByName(other).orElseThrow();
        assertThatThrownBy(() -> profiles.describe(
                        otherId, profiles.get(otherId).version(), ClaimantKind.COMPANY, List.of(), List.of(alias)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("aliases"))
                .hasMessageContaining(name);
        assertThatThrownBy(() -> profiles.describe(
                        otherId, profiles.get(otherId).version(), ClaimantKind.COMPANY, List.of(), List.of(name)))
                .isInstanceOf(ValidationException.class);

        await().atMost(Duration.ofSeconds(10))
                .pollInSameThread()
                .untilAsserted(() -> assertThat(search.search(chinese, SearchSort.RELEVANCE, 0, 10)
                                .hits())
                        .extracting(h -> h.link())
                        .contains("claims/" + claim.id(), "claims/" + second.id()));
        assertThat(search.search("author:\"" + alias + "\"", SearchSort.RELEVANCE, 0, 10)
                        .hits())
                .extracting(h -> h.link())
                .contains("claims/" + claim.id());
    }

    @Test
    void editors_rename_a_claimant_and_the_old_name_still_finds_them() {
        signIn(user("rename-editor", Role.EDITOR));
        String name = unique("Ministry of Ports");
        String newName = unique("Ports Ministry");
        claims.create(new NewClaim("The ministry opened a port (" + name + ")", name, null, Set.of()));
        long id = claims.claimantIdByName(name).orElseThrow();
        var fresh = profiles.get(id);
        var renamed = profiles.rename(id, fresh.version(), "  " + newName + " ");
        assertThat(renamed.name()).isEqualTo(newName);
        assertThat(renamed.aliases()).containsExactly(name);
        assertThat(claims.claimantIdByName(name)).contains(id);
        assertThat(claims.claimantIdByName(newName)).contains(id);
        assertThatThrownBy(() -> profiles.rename(id, fresh.version(), unique("Stale")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> profiles.rename(id, renamed.version(), " "))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));

        String taken = unique("Taken Name");
        claims.create(new NewClaim("Someone else spoke (" + taken + ")", taken, null, Set.of()));
        assertThatThrownBy(() -> profiles.rename(id, renamed.version(), taken.toLowerCase()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("merge");
        var back = profiles.rename(id, renamed.version(), name);
        assertThat(back.name()).isEqualTo(name);
        assertThat(back.aliases()).containsExactly(newName);

        signIn(user("rename-checker", Role.FACT_CHECKER));
        assertThatThrownBy(() -> profiles.rename(id, back.version(), unique("Nope")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAuthentication.runAsSystem(() -> auditLog.search(
                                new AuditFilter(null, "claimant.renamed", null, null, null), Pageable.ofSize(50)))
                        .stream()
                        .filter(e -> e.summary().contains(newName)))
                .hasSize(2);
    }

    @Test
    void merging_moves_claims_names_and_links_and_the_old_page_points_to_the_survivor() {
        signIn(user("merge-editor", Role.EDITOR));
        String keep = unique("DeepSeek");
        String gone = unique("Deep Seek Inc");
        var kept = claims.create(
                new NewClaim("Claim of the survivor (" + keep + ")", keep, LocalDate.of(2025, 1, 3), Set.of()));
        var moved1 = claims.create(
                new NewClaim("First claim moved (" + gone + ")", gone, LocalDate.of(2025, 3, 9), Set.of()));
        var moved2 = claims.create(new NewClaim("Second claim moved (" + gone + ")", gone, null, Set.of()));
        long keepId = claims.claimantIdByName(keep).orElseThrow();
        long goneId = claims.claimantIdByName(gone).orElseThrow();
        profiles.describe(
                keepId,
                profiles.get(keepId).version(),
                ClaimantKind.COMPANY,
                List.of("https://www.wikidata.org/wiki/Q1"),
                List.of(keep + " AI"));
        var goneDetail = profiles.describe(
                goneId,
                profiles.get(goneId).version(),
                ClaimantKind.OTHER,
                List.of("https://deep.example", "https://www.wikidata.org/wiki/Q1"),
                List.of("深度" + gone));
        var keepDetail = profiles.get(keepId);

        assertThatThrownBy(() -> profiles.merge(goneId, goneDetail.version(), goneId, goneDetail.version()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> profiles.merge(goneId, goneDetail.version() - 1, keepId, keepDetail.version()))
                .isInstanceOf(ConcurrentEditException.class);
        var preview = profiles.previewMerge(goneId, keepId);
        assertThat(preview.claims()).isEqualTo(2);
        assertThat(preview.names()).containsExactly(gone, "深度" + gone);

        var done = profiles.merge(goneId, goneDetail.version(), keepId, keepDetail.version());
        assertThat(done.claimsMoved()).isEqualTo(2);
        assertThat(done.mergedName()).isEqualTo(gone);
        var survivor = done.survivor();
        assertThat(survivor.claims())
                .extracting(ClaimLink::id)
                .containsExactlyInAnyOrder(kept.id(), moved1.id(), moved2.id());
        assertThat(survivor.aliases()).containsExactly(keep + " AI", gone, "深度" + gone);
        assertThat(survivor.links()).containsExactly("https://www.wikidata.org/wiki/Q1", "https://deep.example");
        assertThat(survivor.kind()).isEqualTo(ClaimantKind.COMPANY);
        assertThat(claims.claimantIdByName(gone)).contains(keepId);
        assertThat(profiles.mergedInto(goneId)).contains(keepId);
        assertThat(profiles.mergedInto(keepId)).isEmpty();
        assertThat(claims.get(moved1.id()).summary().claimant()).isEqualTo(keep);

        // A second merge carries the first one's redirect along.
        String third = unique("Deep Seek Holdings");
        claims.create(new NewClaim("Holding claim (" + third + ")", third, null, Set.of()));
        long thirdId = claims.claimantIdByName(third).orElseThrow();
        profiles.merge(
                keepId,
                profiles.get(keepId).version(),
                thirdId,
                profiles.get(thirdId).version());
        assertThat(profiles.mergedInto(goneId)).contains(thirdId);
        assertThat(profiles.mergedInto(keepId)).contains(thirdId);
        assertThat(profiles.get(thirdId).claims()).hasSize(4);
        assertThat(profiles.get(thirdId).verdictRecord().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isZero();
        assertThat(profiles.get(thirdId).claimsByMonth())
                .as("months between the claims count zero")
                .containsEntry(java.time.YearMonth.of(2025, 1), 1L)
                .containsEntry(java.time.YearMonth.of(2025, 2), 0L)
                .containsEntry(java.time.YearMonth.of(2025, 3), 1L)
                .hasSize(3);

        assertThat(SystemAuthentication.runAsSystem(() -> auditLog.search(
                                new AuditFilter(null, "claimant.merged", null, null, null), Pageable.ofSize(50)))
                        .stream()
                        .filter(e -> e.summary().contains(gone) && e.summary().contains("2 claims")))
                .hasSize(1);

        signIn(user("merge-checker", Role.FACT_CHECKER));
        assertThatThrownBy(() -> profiles.previewMerge(thirdId, goneId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.merge(thirdId, 0, goneId, 0)).isInstanceOf(AccessDeniedException.class);
    }

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
