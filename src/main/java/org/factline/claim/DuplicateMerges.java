package org.factline.claim;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.article.ArticleService;
import org.factline.article.MergePair;
import org.factline.article.MergedArticles;
import org.factline.article.PassageAnchor;
import org.factline.audit.AuditRecord;
import org.factline.base.ValidationException;
import org.factline.claim.domain.Appearance;
import org.factline.claim.domain.AppearanceRepository;
import org.factline.claim.domain.ArticleMerge;
import org.factline.claim.domain.ArticleMergeRepository;
import org.factline.claim.domain.MovedAppearance;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging a flagged near-duplicate into its original, and undoing it. Lives with the claims
 * because what moves are claim appearances; the article module archives the copy with its link
 * ({@link MergedArticles}) in the same transaction, so the merge happens whole or not at all.
 * Appearances are found again in the original's text with the passage anchoring claims use when an
 * article's text changes; one whose passage isn't there moves with its quote, flagged "anchor lost".
 */
@Service
@Transactional
@RolesAllowed(AppRoles.EDITOR)
public class DuplicateMerges {

    private final MergedArticles mergedArticles;
    private final ArticleService articles;
    private final AppearanceRepository appearances;
    private final ArticleMergeRepository merges;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DuplicateMerges(
            MergedArticles mergedArticles,
            ArticleService articles,
            AppearanceRepository appearances,
            ArticleMergeRepository merges,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.mergedArticles = mergedArticles;
        this.articles = articles;
        this.appearances = appearances;
        this.merges = merges;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** One appearance of the copy and where it would be in the original (null: not in its text). */
    private record Step(Appearance appearance, @Nullable PassageAnchor target, boolean alreadyThere) {}

    /** What merging would do, for the confirmation; refused with the reason when it can't be merged. */
    @Transactional(readOnly = true)
    public MergePlan preview(long copyId, long originalId) {
        var pair = mergedArticles.check(copyId, originalId);
        return plan(pair, steps(copyId, originalId));
    }

    /**
     * Moves the copy's claim appearances to the original and archives the copy with its link.
     *
     * @param expectedVersion the copy's version the confirmation was shown for
     */
    public MergePlan merge(long copyId, long originalId, long expectedVersion) {
        var pair = mergedArticles.merge(copyId, originalId, expectedVersion);
        var steps = steps(copyId, originalId);
        var moved = new ArrayList<MovedAppearance>();
        for (Step step : steps) {
            if (!step.alreadyThere()) {
                moved.add(move(step, originalId));
            }
        }
        appearances.flush();
        merges.save(new ArticleMerge(copyId, originalId, currentUser.actorName(), clock.instant(), moved));
        var plan = plan(pair, steps);
        announce(
                moved,
                "article.merged",
                copyId,
                plan.auditSummary(),
                Map.of("status", "ACTIVE"),
                Map.of(
                        "status",
                        "ARCHIVED",
                        "mergedInto",
                        originalId,
                        "appearancesMoved",
                        plan.moving(),
                        "notInOriginal",
                        plan.notInOriginal()));
        return plan;
    }

    /** What undoing the standing merge of this copy would do, for the confirmation. */
    @Transactional(readOnly = true)
    public MergeUndoPlan undoPreview(long copyId) {
        ArticleMerge merge = standing(copyId);
        return undoPlan(merge, merge.getMoved(), byId(merge));
    }

    /**
     * Puts back what the merge moved: the appearances to their place in the copy (also those
     * re-anchored on the original since), the copy active again and still flagged as a copy.
     * Appearances added to the original after the merge stay with it.
     */
    public MergeUndoPlan undo(long copyId) {
        mergedArticles.undo(copyId);
        ArticleMerge merge = standing(copyId);
        var byId = byId(merge);
        var plan = undoPlan(merge, merge.getMoved(), byId);
        var back = merge.getMoved().stream()
                .filter(m -> goesBack(byId.get(m.appearanceId()), merge))
                .toList();
        var found = articles.reanchor(
                copyId,
                back.stream()
                        .map(m -> new PassageAnchor(
                                byId.get(m.appearanceId()).getQuote(),
                                m.copyStart(),
                                m.copyEnd(),
                                m.copyPrefix(),
                                m.copySuffix()))
                        .toList());
        for (int i = 0; i < back.size(); i++) {
            restore(byId.get(back.get(i).appearanceId()), back.get(i), copyId, found.get(i));
        }
        appearances.flush();
        merge.undo(currentUser.actorName(), clock.instant());
        merges.save(merge);
        announce(
                back,
                "article.merge-undone",
                copyId,
                plan.auditSummary(),
                Map.of("status", "ARCHIVED"),
                Map.of(
                        "status", "ACTIVE",
                        "appearancesBack", plan.goingBack(),
                        "changedSince", plan.changedSince(),
                        "staying", plan.staying()));
        return plan;
    }

    private List<Step> steps(long copyId, long originalId) {
        var inCopy = appearances.findByArticleId(copyId).stream()
                .sorted((a, b) -> Long.compare(Objects.requireNonNull(a.getId()), Objects.requireNonNull(b.getId())))
                .toList();
        var targets = articles.reanchor(
                originalId,
                inCopy.stream()
                        .map(a ->
                                new PassageAnchor(a.getQuote(), a.getStart(), a.getEnd(), a.getPrefix(), a.getSuffix()))
                        .toList());
        // a claim already at that passage of the original (same place or same words) isn't doubled
        Set<String> taken = new HashSet<>();
        for (Appearance there : appearances.findByArticleId(originalId)) {
            taken.add(there.getClaimId() + "@" + there.getStart());
            taken.add(there.getClaimId() + ":" + normalized(there.getQuote()));
        }
        var steps = new ArrayList<Step>();
        for (int i = 0; i < inCopy.size(); i++) {
            Appearance a = inCopy.get(i);
            PassageAnchor target = targets.get(i);
            boolean alreadyThere = false;
            if (target != null) {
                boolean samePlace = !taken.add(a.getClaimId() + "@" + target.start());
                boolean sameWords = !taken.add(a.getClaimId() + ":" + normalized(a.getQuote()));
                alreadyThere = samePlace || sameWords;
            }
            steps.add(new Step(a, target, alreadyThere));
        }
        return steps;
    }

    private static String normalized(String quote) {
        return quote.strip().replaceAll("\\s+", " ");
    }

    private static MovedAppearance move(Step step, long originalId) {
        Appearance a = step.appearance();
        PassageAnchor to = step.target();
        var fromCopy = new int[] {a.getStart(), a.getEnd()};
        String prefix = a.getPrefix();
        String suffix = a.getSuffix();
        boolean lost = a.isAnchorLost();
        if (to == null) {
            a.moveTo(originalId, a.getStart(), a.getEnd(), prefix, suffix, true);
        } else {
            a.moveTo(originalId, to.start(), to.end(), clip(to.prefix()), clip(to.suffix()), false);
        }
        return new MovedAppearance(
                Objects.requireNonNull(a.getId()),
                a.getClaimId(),
                fromCopy[0],
                fromCopy[1],
                prefix,
                suffix,
                lost,
                a.getStart(),
                a.getEnd(),
                a.getPrefix(),
                a.getSuffix(),
                a.isAnchorLost());
    }

    /**
     * Back to the place recorded at the merge, found again in the copy's text in case that changed
     * since (it is the same place when it didn't); flagged lost when it's no longer there.
     */
    private static void restore(Appearance a, MovedAppearance m, long copyId, @Nullable PassageAnchor found) {
        if (m.copyAnchorLost() || found == null) {
            a.moveTo(copyId, m.copyStart(), m.copyEnd(), m.copyPrefix(), m.copySuffix(), true);
        } else {
            a.moveTo(copyId, found.start(), found.end(), clip(found.prefix()), clip(found.suffix()), false);
        }
    }

    private MergePlan plan(MergePair pair, List<Step> steps) {
        int already = (int) steps.stream().filter(Step::alreadyThere).count();
        int lost = (int) steps.stream()
                .filter(s -> !s.alreadyThere() && s.target() == null)
                .count();
        return new MergePlan(
                pair.copy().id(),
                pair.copy().version(),
                pair.copy().title(),
                pair.original().id(),
                pair.original().title(),
                steps.size() - already,
                lost,
                already);
    }

    private MergeUndoPlan undoPlan(ArticleMerge merge, List<MovedAppearance> moved, Map<Long, Appearance> byId) {
        int back = 0;
        int changed = 0;
        for (MovedAppearance m : moved) {
            Appearance a = byId.get(m.appearanceId());
            if (goesBack(a, merge)) {
                back++;
                if (!m.unchangedSince(a, merge.getOriginalId())) {
                    changed++;
                }
            }
        }
        Set<Long> movedIds = moved.stream().map(MovedAppearance::appearanceId).collect(Collectors.toSet());
        int added = (int) appearances.findByArticleId(merge.getOriginalId()).stream()
                .filter(a -> !movedIds.contains(a.getId()))
                .filter(a -> a.getCreatedAt() != null && a.getCreatedAt().isAfter(merge.getMergedAt()))
                .count();
        var titles = articles.titles(List.of(merge.getCopyId(), merge.getOriginalId()));
        return new MergeUndoPlan(
                merge.getCopyId(),
                titles.getOrDefault(merge.getCopyId(), "(article not available)"),
                merge.getOriginalId(),
                titles.getOrDefault(merge.getOriginalId(), "(article not available)"),
                merge.getMergedBy(),
                merge.getMergedAt(),
                back,
                changed,
                moved.size() - back,
                added);
    }

    private static boolean goesBack(@Nullable Appearance a, ArticleMerge merge) {
        return a != null && a.getArticleId() == merge.getOriginalId();
    }

    private ArticleMerge standing(long copyId) {
        return merges.findFirstByCopyIdAndUndoneAtIsNullOrderByIdDesc(copyId)
                .orElseThrow(() -> new ValidationException("This article is not merged into another article."));
    }

    private Map<Long, Appearance> byId(ArticleMerge merge) {
        return appearances
                .findAllById(merge.getMoved().stream()
                        .map(MovedAppearance::appearanceId)
                        .toList())
                .stream()
                .collect(Collectors.toMap(Appearance::getId, Function.identity()));
    }

    /** The one audit entry of the merge or its undo; open claim pages and lists redraw after commit. */
    private void announce(
            List<MovedAppearance> moved,
            String action,
            long copyId,
            String summary,
            Map<String, ?> before,
            Map<String, ?> after) {
        events.publishEvent(new AuditRecord(
                currentUser.actorName(),
                action,
                "article",
                String.valueOf(copyId),
                summary,
                before,
                new LinkedHashMap<>(after)));
        moved.stream()
                .map(MovedAppearance::claimId)
                .distinct()
                .forEach(claimId -> events.publishEvent(new ClaimsChanged(claimId)));
    }

    private static String clip(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64);
    }
}
