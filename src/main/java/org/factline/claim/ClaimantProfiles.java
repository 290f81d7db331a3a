package org.factline.claim;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.WebAddresses;
import org.factline.claim.domain.ClaimRepository;
import org.factline.claim.domain.Claimant;
import org.factline.claim.domain.ClaimantRepository;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a claimant is: a person or an organisation (or a government, or something else), and web
 * pages about them. Public verdict pages name the claimant with that kind and those pages
 * (ClaimReview's {@code itemReviewed.author} and {@code sameAs}), so editors set them.
 */
@Service
@Transactional
public class ClaimantProfiles {

    private final ClaimantRepository claimants;
    private final ClaimRepository claims;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ClaimantProfiles(
            ClaimantRepository claimants,
            ClaimRepository claims,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.claimants = claimants;
        this.claims = claims;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** A claimant's page: who they are and every claim they made, with its status and verdict. */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    @Transactional(readOnly = true)
    public ClaimantDetail get(long id) {
        return view(load(id));
    }

    /**
     * Sets what kind of claimant this is and the pages about them (at most {@link
     * Claimant#LINKS_MAX} http(s) addresses, duplicates dropped); blank lines are ignored.
     */
    @RolesAllowed(AppRoles.EDITOR)
    public ClaimantDetail describe(long id, long expectedVersion, ClaimantKind kind, List<String> links) {
        Claimant claimant = load(id);
        if (claimant.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This claimant");
        }
        var checked = new LinkedHashSet<String>();
        for (String link : links) {
            String url = WebAddresses.check("links", link);
            if (url != null) {
                checked.add(url);
            }
        }
        if (checked.size() > Claimant.LINKS_MAX) {
            throw new ValidationException("links", "Add at most " + Claimant.LINKS_MAX + " web pages.");
        }
        Map<String, Object> before = snapshot(claimant);
        claimant.describe(kind, new ArrayList<>(checked));
        try {
            claimants.saveAndFlush(claimant);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This claimant");
        }
        events.publishEvent(new AuditRecord(
                currentUser.actorName(),
                "claimant.described",
                "claimant",
                String.valueOf(id),
                "Described " + claimant.getName() + " as " + kind.label().toLowerCase(Locale.ROOT),
                before,
                snapshot(claimant)));
        return view(claimant);
    }

    private ClaimantDetail view(Claimant c) {
        return new ClaimantDetail(
                c.getId(),
                c.getName(),
                c.getKind(),
                c.getLinks(),
                c.getVersion(),
                currentUser.hasRole(AppRoles.Role.EDITOR),
                claims.findByClaimant(c.getId()).stream().map(ClaimViews::link).toList());
    }

    private Claimant load(long id) {
        return claimants.findById(id).orElseThrow(() -> new ItemNotFoundException("There is no such claimant."));
    }

    private static Map<String, Object> snapshot(Claimant c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("kind", c.getKind().name());
        m.put("links", c.getLinks());
        return m;
    }
}
