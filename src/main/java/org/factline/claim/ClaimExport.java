package org.factline.claim;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.factline.base.export.ExportTable.column;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.factline.base.domain.KeysetPages;
import org.factline.base.domain.KeysetPages.SortKey;
import org.factline.base.export.ExportFormat;
import org.factline.base.export.ExportTable;
import org.factline.claim.domain.AppearanceCount;
import org.factline.claim.domain.AppearanceRepository;
import org.factline.claim.domain.Claim;
import org.factline.claim.domain.ClaimRepository;
import org.factline.claim.domain.ClaimRow;
import org.factline.claim.domain.ClaimTagRow;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims list as a file: exactly the claims the list shows the same person with the same
 * filter ({@link ClaimListQuery}), in its order, with tags, appearance count and the vote tally,
 * streamed page by page ({@link KeysetPages}) so that any number of claims takes the memory of one
 * page. Who may export is who may open the list.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ClaimExport {

    /** Claims read per query; their tags, appearances and votes take one query each per page. */
    static final int PAGE_SIZE = 500;

    static final Map<String, SortKey<ClaimRow>> SORTABLE = Map.of(
            "createdAt", SortKey.of(ClaimRow::createdAt),
            "voteCount", SortKey.of(ClaimRow::voteCount),
            "voteDispersion", SortKey.nullable(ClaimRow::voteDispersion),
            "id", SortKey.of(ClaimRow::id));

    static final ExportTable<ExportedClaim> TABLE = ExportTable.of(columns());

    private final EntityManager entityManager;
    private final ClaimRepository claims;
    private final AppearanceRepository appearances;
    private final CurrentUser currentUser;
    private final ObjectProvider<ClaimTallies> tallies;

    ClaimExport(
            EntityManager entityManager,
            ClaimRepository claims,
            AppearanceRepository appearances,
            CurrentUser currentUser,
            ObjectProvider<ClaimTallies> tallies) {
        this.entityManager = entityManager;
        this.claims = claims;
        this.appearances = appearances;
        this.currentUser = currentUser;
        this.tallies = tallies;
    }

    /** The claims the list shows with this filter and order, as CSV or JSON, written as they are read. */
    public void write(ClaimFilter filter, ClaimOrder order, ExportFormat format, OutputStream out) {
        try (var rows = TABLE.open(format, out)) {
            pages(filter, order).forEach(PAGE_SIZE, page -> {
                complete(page).forEach(rows::write);
                rows.flush();
            });
        }
    }

    /**
     * The same claims a page at a time, for exports of what belongs to them (their evidence); runs
     * inside the caller's transaction.
     */
    public void forEachPage(ClaimFilter filter, ClaimOrder order, Consumer<List<ClaimLink>> page) {
        pages(filter, order)
                .forEach(
                        PAGE_SIZE,
                        rows -> page.accept(rows.stream()
                                .map(r -> new ClaimLink(r.id(), r.text(), r.status(), r.verdict(), r.claimDate()))
                                .toList()));
    }

    private KeysetPages<Claim, ClaimRow> pages(ClaimFilter filter, ClaimOrder order) {
        return new KeysetPages<>(
                entityManager,
                Claim.class,
                ClaimRow.class,
                ClaimExport::select,
                ClaimListQuery.matching(filter, currentUser.actorName()),
                order.sort(),
                SORTABLE,
                ClaimOrder.NEWEST.sort());
    }

    static Selection<ClaimRow> select(CriteriaBuilder cb, Root<Claim> claim) {
        var claimant = claim.join("claimant", JoinType.LEFT);
        return cb.construct(
                ClaimRow.class,
                claim.get("id"),
                claim.get("text"),
                claimant.get("name"),
                claim.get("claimDate"),
                claim.get("status"),
                claim.get("verdict"),
                claim.get("assignee"),
                claim.get("createdBy"),
                claim.get("createdAt"),
                claim.get("verifiedAt"),
                claim.get("voteCount"),
                claim.get("voteDispersion"));
    }

    /** A page's tags, appearance counts and votes, one grouped query each. */
    private List<ExportedClaim> complete(List<ClaimRow> page) {
        List<Long> ids = page.stream().map(ClaimRow::id).toList();
        Map<Long, List<String>> tags = claims.tagsOf(ids).stream()
                .collect(groupingBy(ClaimTagRow::claimId, mapping(ClaimTagRow::tag, toList())));
        Map<Long, Long> places = appearances.countByClaim(ids).stream()
                .collect(Collectors.toMap(AppearanceCount::claimId, AppearanceCount::count));
        ClaimTallies tally = tallies.getIfAvailable();
        Map<Long, Map<Verdict, Long>> votes = tally == null ? Map.of() : tally.votesByVerdict(ids);
        return page.stream()
                .map(r -> new ExportedClaim(
                        r,
                        tags.getOrDefault(r.id(), List.of()),
                        places.getOrDefault(r.id(), 0L),
                        votes.getOrDefault(r.id(), Map.of())))
                .toList();
    }

    private static List<ExportTable.Column<ExportedClaim>> columns() {
        var columns = new ArrayList<ExportTable.Column<ExportedClaim>>(List.of(
                column("id", c -> c.claim().id()),
                column("text", c -> c.claim().text()),
                column("claimant", c -> c.claim().claimant()),
                column("claim_date", c -> c.claim().claimDate()),
                column("status", c -> code(c.claim().status())),
                column(
                        "verdict",
                        c -> c.claim().verdict() == null ? null : code(c.claim().verdict())),
                column("assignee", c -> c.claim().assignee()),
                column("tags", ExportedClaim::tags),
                column("appearances", ExportedClaim::appearances),
                column("votes", c -> c.claim().voteCount())));
        for (Verdict verdict : Verdict.values()) {
            columns.add(column("votes_" + code(verdict), c -> c.votesFor(verdict)));
        }
        columns.addAll(List.of(
                column("vote_mean", ExportedClaim::voteMean),
                column("vote_dispersion", c -> c.claim().voteDispersion()),
                column("created_by", c -> c.claim().createdBy()),
                column("created_at", c -> c.claim().createdAt()),
                column("verified_at", c -> c.claim().verifiedAt())));
        return columns;
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
