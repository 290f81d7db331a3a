package org.factline.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factline.audit.domain.AuditEntry;
import org.factline.audit.domain.AuditEntryRepository;
import org.factline.base.domain.ContainsText;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes audit records and lets admins (all records) and users (their own) read them back. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEntryRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditLog(AuditEntryRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Written in the publisher's transaction: if the change rolls back, so does its audit entry.
     * Not callable from outside; features publish events instead.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditRecord record) {
        repository.save(new AuditEntry(
                clock.instant(),
                record.actor(),
                record.action(),
                record.targetType(),
                record.targetId(),
                record.summary(),
                toJson(record.before()),
                toJson(record.after())));
    }

    @RolesAllowed(AppRoles.ADMIN)
    public List<AuditEntryDetail> search(AuditFilter filter, Pageable page) {
        var request = PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST);
        return repository.findAll(specification(filter), request).stream()
                .map(AuditLog::toView)
                .toList();
    }

    @RolesAllowed(AppRoles.ADMIN)
    public long count(AuditFilter filter) {
        return repository.count(specification(filter));
    }

    /** Target types whose change history the whole team may read (not accounts or settings). */
    private static final Set<String> TEAM_TYPES = Set.of("claim", "article", "timeline-event");

    /** The change history of one team item (a claim, an article, a timeline event), newest first. */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    public List<AuditEntryDetail> history(String targetType, String targetId, int limit) {
        if (!TEAM_TYPES.contains(targetType)) {
            throw new AccessDeniedException("The history of " + targetType + " is for admins (audit log).");
        }
        return repository
                .findByTargetTypeAndTargetIdOrderByOccurredAtDescIdDesc(
                        targetType, targetId, PageRequest.of(0, Math.clamp(limit, 1, 200)))
                .stream()
                .map(AuditLog::toView)
                .toList();
    }

    /** The signed-in user's own latest actions, for the dashboard. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntryDetail> myRecentActivity(int limit) {
        var mine = new AuditFilter(currentUser.actorName(), null, null, null, null);
        return repository.findAll(specification(mine), PageRequest.of(0, limit, NEWEST_FIRST)).stream()
                .map(AuditLog::toView)
                .toList();
    }

    /** The log's filter as a query; its export reads the same rows. */
    static Specification<AuditEntry> specification(AuditFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (hasText(filter.actor())) {
                predicates.add(cb.equal(
                        cb.lower(root.get("actor")), filter.actor().trim().toLowerCase(Locale.ROOT)));
            }
            if (hasText(filter.action())) {
                predicates.add(cb.equal(root.get("action"), filter.action()));
            }
            if (hasText(filter.text())) {
                String like = ContainsText.pattern(filter.text().trim());
                predicates.add(cb.or(
                        ContainsText.matches(cb, root.get("summary"), like),
                        ContainsText.matches(cb, root.get("targetId"), like)));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static boolean hasText(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private @Nullable String toJson(@Nullable Map<String, ?> state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static AuditEntryDetail toView(AuditEntry e) {
        return new AuditEntryDetail(
                e.getId() == null ? 0 : e.getId(),
                e.getOccurredAt(),
                e.getActor(),
                e.getAction(),
                e.getTargetType(),
                e.getTargetId(),
                e.getSummary(),
                e.getBeforeState(),
                e.getAfterState());
    }
}
