package org.factline.claim;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factline.claim.domain.Appearance;
import org.factline.claim.domain.AppearanceRepository;
import org.factline.claim.domain.ClaimRepository;
import org.factline.security.AppRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Known claims in an article, for the reader: which sentences state a claim already in Factline
 * ({@link KnownClaimScan} finds them in the background). Adding such a sentence as an appearance
 * is {@link ClaimService#addAppearance}, with the same rule (fact-checkers and editors).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.FACT_CHECKER)
public class KnownClaims {

    private final JdbcClient jdbc;
    private final ClaimRepository claims;
    private final AppearanceRepository appearances;

    KnownClaims(JdbcClient jdbc, ClaimRepository claims, AppearanceRepository appearances) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.appearances = appearances;
    }

    /** The live topic an article's known claims are redrawn on. */
    public static String liveTopic(long articleId) {
        return KnownClaimScan.topic(articleId);
    }

    public KnownClaimsInArticle inArticle(long articleId) {
        Optional<Boolean> byMeaning = jdbc.sql("select by_meaning from known_claim_scan where article_id = ?")
                .param(articleId)
                .query(Boolean.class)
                .optional();
        if (byMeaning.isEmpty()) {
            return new KnownClaimsInArticle(false, true, List.of());
        }
        Set<Long> present = appearances.findByArticleId(articleId).stream()
                .map(Appearance::getClaimId)
                .collect(Collectors.toSet());
        record Row(long claimId, String sentence, double score) {}
        List<Row> rows = jdbc.sql(
                        "select claim_id, sentence, score from known_claim_match where article_id = ? order by id")
                .param(articleId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getDouble(3)))
                .list();
        var byId = claims.findAllById(rows.stream().map(Row::claimId).toList()).stream()
                .collect(Collectors.toMap(c -> c.getId(), c -> c));
        List<KnownClaim> matches = rows.stream()
                .filter(r -> byId.containsKey(r.claimId()))
                .map(r -> {
                    var c = byId.get(r.claimId());
                    return new KnownClaim(
                            r.sentence(),
                            r.claimId(),
                            c.getText(),
                            c.getStatus(),
                            c.getVerdict(),
                            r.score(),
                            present.contains(r.claimId()));
                })
                .toList();
        return new KnownClaimsInArticle(true, byMeaning.get(), matches);
    }
}
