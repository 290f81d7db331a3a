package org.factline.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factline.article.ArticleService;
import org.factline.article.PassageAnchor;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.Paging;
import org.factline.base.ValidationException;
import org.factline.base.domain.InIdOrder;
import org.factline.claim.domain.Appearance;
import org.factline.claim.domain.AppearanceRepository;
import org.factline.claim.domain.Claim;
import org.factline.claim.domain.ClaimRepository;
import org.factline.claim.domain.Claimant;
import org.factline.claim.domain.ClaimantRepository;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and finding claims, their claimants and where they appear. */
@Service
@Transactional
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ClaimService {

    private final ClaimRepository claims;
    private final ClaimantRepository claimants;
    private final AppearanceRepository appearances;
    private final ArticleService articles;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final ReviewStart reviewStart;
    private final Clock clock;

    ClaimService(
            ClaimRepository claims,
            ClaimantRepository claimants,
            AppearanceRepository appearances,
            ArticleService articles,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Validator validator,
            ReviewStart reviewStart,
            Clock clock) {
        this.claims = claims;
        this.claimants = claimants;
        this.appearances = appearances;
        this.articles = articles;
        this.currentUser = currentUser;
        this.events = events;
        this.validator = validator;
        this.reviewStart = reviewStart;
        this.clock = clock;
    }

    /** Open claims lists refresh when this topic is published (after any claim change commits). */
    public static final String LIVE_LIST_TOPIC = LiveClaims.LIST_TOPIC;

    /** The live-update topic of one claim's page: status, assignee and vote figures. */
    public static String liveTopic(long claimId) {
        return LiveClaims.topic(claimId);
    }

    /** A claim typed by hand, not (yet) tied to an article. */
    public ClaimSummary create(NewClaim request) {
        return ClaimViews.summary(store(request));
    }

    /**
     * A claim found in an article: the selected passage becomes its first appearance.
     *
     * @param near character offset of the selection in the article text, or -1
     */
    public ClaimSummary createFromPassage(NewClaim request, long articleId, String selection, int near) {
        PassageAnchor anchor = articles.anchorPassage(articleId, selection, near);
        Claim claim = store(request);
        addAppearance(claim.getId(), articleId, anchor);
        return ClaimViews.summary(claim);
    }

    /** The same claim found in another article (or another place) becomes another appearance. */
    public AppearanceSummary addAppearance(long claimId, long articleId, String selection, int near) {
        load(claimId);
        return view(addAppearance(claimId, articleId, articles.anchorPassage(articleId, selection, near)));
    }

    @Transactional(readOnly = true)
    public ClaimDetail get(long id) {
        Claim claim = load(id);
        var views =
                appearances.findByClaimIdOrderById(id).stream().map(this::view).toList();
        return new ClaimDetail(ClaimViews.summary(claim), views);
    }

    @Transactional(readOnly = true)
    public List<ClaimSummary> find(ClaimFilter filter, int offset, int limit, Sort sort) {
        var page = Paging.of(offset, limit, sort, Sort.by(Sort.Order.desc("createdAt")));
        return claims.findAll(ClaimListQuery.matching(filter, currentUser.actorName()), page).stream()
                .map(ClaimViews::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(ClaimFilter filter) {
        return claims.count(ClaimListQuery.matching(filter, currentUser.actorName()));
    }

    /** Claimant names starting with or containing what was typed, for the claimant picker. */
    @Transactional(readOnly = true)
    public List<String> claimantNames(String typed, int limit) {
        var page = PageRequest.of(0, Math.max(1, limit));
        String key = Claimant.key(typed);
        var names = new java.util.LinkedHashSet<String>();
        claimants.findByNameKeyContainingOrderByName(key, page).forEach(c -> names.add(c.getName()));
        // An other name typed (深度求索) offers the claimant it belongs to.
        claimants.findByAliasKeyContaining(key, page).forEach(c -> names.add(c.getName()));
        return names.stream().limit(Math.max(1, limit)).toList();
    }

    @Transactional(readOnly = true)
    public ClaimStatus status(long claimId) {
        return load(claimId).getStatus();
    }

    /**
     * Moves a claim along its workflow, refusing stale views (someone else moved it first) and
     * moves the workflow doesn't allow. Who may make which move is the review module's rule.
     *
     * @param verdict the approved verdict when moving to {@link ClaimStatus#VERIFIED}; any other
     *     move clears the claim's published verdict
     */
    public ClaimSummary moveTo(long claimId, long expectedVersion, ClaimStatus next, @Nullable Verdict verdict) {
        return move(claimId, expectedVersion, null, next, verdict);
    }

    /**
     * Like {@link #moveTo(long, long, ClaimStatus, Verdict)}, for moves that start from one state
     * only (reopening starts from verified, a request for more work from a proposed verdict).
     */
    public ClaimSummary moveFrom(long claimId, long expectedVersion, ClaimStatus from, ClaimStatus next) {
        return move(claimId, expectedVersion, from, next, null);
    }

    private ClaimSummary move(
            long claimId,
            long expectedVersion,
            @Nullable ClaimStatus from,
            ClaimStatus next,
            @Nullable Verdict verdict) {
        Claim claim = load(claimId);
        if (claim.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This claim");
        }
        if (from != null && claim.getStatus() != from) {
            throw new ValidationException("This claim is "
                    + claim.getStatus().label().toLowerCase(Locale.ROOT) + ", not "
                    + from.label().toLowerCase(Locale.ROOT) + ".");
        }
        try {
            Verdict before = claim.getVerdict();
            claim.moveTo(next);
            claim.publishVerdict(next == ClaimStatus.VERIFIED ? verdict : null, clock.instant());
            if (before != claim.getVerdict()) {
                events.publishEvent(new ClaimVerdictChanged(claimId, before, claim.getVerdict()));
            }
            claims.saveAndFlush(claim);
            events.publishEvent(new ClaimsChanged(claimId));
        } catch (IllegalStateException e) {
            throw new ValidationException(e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This claim");
        }
        return ClaimViews.summary(claim);
    }

    /** Claims as other features link to them, in the order of {@code ids}; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<ClaimLink> links(Collection<Long> ids) {
        return InIdOrder.load(ids, claims::findAllById).stream()
                .map(ClaimViews::link)
                .toList();
    }

    /** The claimant (person, organization, government) of that name, created if new: its id. */
    public long claimantId(String name) {
        if (name == null || name.isBlank() || name.strip().length() > Claimant.NAME_MAX_LENGTH) {
            throw new ValidationException("actors", "Names are 1 to " + Claimant.NAME_MAX_LENGTH + " characters.");
        }
        return claimant(name).getId();
    }

    /** The id of the claimant of that name, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Long> claimantIdByName(String name) {
        return claimants.findByAnyKey(Claimant.key(name)).map(Claimant::getId);
    }

    /** Claimant names by id, for features that store claimant ids (timeline actors). */
    @Transactional(readOnly = true)
    public Map<Long, String> claimantNamesById(Collection<Long> ids) {
        return claimants.findAllById(ids).stream().collect(Collectors.toMap(Claimant::getId, Claimant::getName));
    }

    /**
     * The first note or evidence item moves a new claim into review (votes do it through {@link
     * ClaimVoting#openForVote}). The claim's version stays as it is, so a teammate's open form on
     * the claim doesn't turn stale.
     */
    public void startReview(long claimId) {
        if (reviewStart.start(claimId)) {
            events.publishEvent(new ClaimsChanged(claimId));
        }
    }

    private Claim store(NewClaim request) {
        var normalized = request.normalized();
        validator.validate(normalized).stream().findFirst().ifPresent(v -> {
            String field = v.getPropertyPath().toString().replaceAll("\\[.*", "");
            throw new ValidationException(field.startsWith("tags") ? "tags" : field, v.getMessage());
        });
        Claimant claimant = normalized.claimant() == null ? null : claimant(normalized.claimant());
        var claim = new Claim(
                normalized.text(), claimant, normalized.claimDate(), normalized.tags(), currentUser.actorName());
        claims.saveAndFlush(claim);
        events.publishEvent(new AuditRecord(
                currentUser.actorName(),
                "claim.created",
                "claim",
                String.valueOf(claim.getId()),
                "Created claim \u201c" + abbreviate(claim.getText()) + "\u201d",
                null,
                Map.of("text", claim.getText())));
        events.publishEvent(new ClaimCreated(claim.getId()));
        events.publishEvent(new ClaimsChanged(claim.getId()));
        return claim;
    }

    private Appearance addAppearance(long claimId, long articleId, PassageAnchor anchor) {
        if (appearances.existsByClaimIdAndArticleIdAndStart(claimId, articleId, anchor.start())) {
            throw new ValidationException("selection", "This passage is already an appearance of the claim.");
        }
        events.publishEvent(new PassageClaimed(claimId, articleId, anchor.quote()));
        return appearances.save(new Appearance(
                claimId,
                articleId,
                clip(anchor.quote(), Appearance.QUOTE_MAX_LENGTH),
                anchor.start(),
                anchor.end(),
                anchor.prefix(),
                anchor.suffix(),
                currentUser.actorName()));
    }

    private Claimant claimant(String name) {
        return claimants
                .findByAnyKey(Claimant.key(name))
                .orElseGet(() -> claimants.saveAndFlush(new Claimant(name, ClaimantKind.OTHER)));
    }

    private AppearanceSummary view(Appearance a) {
        String title;
        try {
            title = articles.get(a.getArticleId()).summary().title();
        } catch (ValidationException | ItemNotFoundException archivedOrGone) {
            title = "(article not available)";
        }
        return new AppearanceSummary(
                a.getId() == null ? 0 : a.getId(),
                a.getArticleId(),
                title,
                a.getQuote(),
                a.isAnchorLost(),
                a.getChangedInVersion(),
                a.getNearestText());
    }

    private Claim load(long id) {
        return claims.findById(id).orElseThrow(() -> new ItemNotFoundException("This claim no longer exists."));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
