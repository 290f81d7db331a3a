package org.factline.claim;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A claimant with all their claims, newest claim date first.
 *
 * @param links web pages that say who this is (schema.org {@code sameAs} on public pages)
 * @param aliases other names they go by
 * @param version for the edit form's stale check
 * @param canEdit whether the signed-in user may change the kind and links (editors)
 */
public record ClaimantDetail(
        long id,
        String name,
        ClaimantKind kind,
        List<String> links,
        List<String> aliases,
        long version,
        boolean canEdit,
        List<ClaimLink> claims) {

    public ClaimantDetail {
        links = List.copyOf(links);
        aliases = List.copyOf(aliases);
        claims = List.copyOf(claims);
    }

    /** Longer spans list only the months with claims. */
    static final int GAP_FILL_YEARS = 5;

    /** How many claims have each approved verdict, in the verdict scale's order (zeros included). */
    public Map<Verdict, Long> verdictRecord() {
        var record = new EnumMap<Verdict, Long>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            record.put(v, 0L);
        }
        claims.stream().filter(c -> c.verdict() != null).forEach(c -> record.merge(c.verdict(), 1L, Long::sum));
        return record;
    }

    /** Claims by the month they were made, oldest first, months without claims between included. */
    public SortedMap<YearMonth, Long> claimsByMonth() {
        var months = new TreeMap<YearMonth, Long>();
        claims.stream()
                .filter(c -> c.claimDate() != null)
                .forEach(c -> months.merge(YearMonth.from(c.claimDate()), 1L, Long::sum));
        if (!months.isEmpty() && months.firstKey().plusYears(GAP_FILL_YEARS).isAfter(months.lastKey())) {
            for (YearMonth m = months.firstKey(); m.isBefore(months.lastKey()); m = m.plusMonths(1)) {
                months.putIfAbsent(m, 0L);
            }
        }
        return months;
    }

    /** Claims with an approved verdict. */
    public long verified() {
        return claims.stream().filter(c -> c.verdict() != null).count();
    }
}
