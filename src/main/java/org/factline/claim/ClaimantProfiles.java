package org.factline.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.WebAddresses;
import org.factline.claim.domain.Claim;
import org.factline.claim.domain.ClaimRepository;
import org.factline.claim.domain.Claimant;
import org.factline.claim.domain.ClaimantRepository;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.hibernate.search.mapper.orm.Search;
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
    private final EntityManager entityManager;

    ClaimantProfiles(
            ClaimantRepository claimants,
            ClaimRepository claims,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            EntityManager entityManager) {
        this.claimants = claimants;
        this.claims = claims;
        this.currentUser = currentUser;
        this.events = events;
        this.entityManager = entityManager;
    }

    /** Where a merged claimant's page now is: the claimant it was merged into, if it was. */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    @Transactional(readOnly = true)
    public Optional<Long> mergedInto(long id) {
        return claimants.existsById(id) ? Optional.empty() : claimants.redirectOf(id);
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
        return describe(id, expectedVersion, kind, links, load(id).getAliases());
    }

    /**
     * Sets the kind, the pages about them and the other names they go by (at most {@link
     * Claimant#ALIASES_MAX}; each alias is unique across all claimants' names and aliases).
     */
    @RolesAllowed(AppRoles.EDITOR)
    public ClaimantDetail describe(
            long id, long expectedVersion, ClaimantKind kind, List<String> links, List<String> aliases) {
        Claimant claimant = load(id);
        if (claimant.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This claimant");
        }
        List<String> checkedAliases = checkAliases(claimant, aliases);
        boolean aliasesChanged = !checkedAliases.equals(claimant.getAliases());
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
        claimant.setAliases(checkedAliases);
        save(claimant);
        if (aliasesChanged) {
            reindexClaims(claimant.getId());
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

    /**
     * A new name for the claimant; the old name stays as an alias, so typing it still finds them.
     * The name may not belong to another claimant (merge them instead).
     */
    @RolesAllowed(AppRoles.EDITOR)
    public ClaimantDetail rename(long id, long expectedVersion, String newName) {
        Claimant claimant = load(id);
        if (claimant.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This claimant");
        }
        String name = newName == null ? "" : Claimant.tidy(newName);
        if (name.isEmpty() || name.length() > Claimant.NAME_MAX_LENGTH) {
            throw new ValidationException("name", "Names are 1 to " + Claimant.NAME_MAX_LENGTH + " characters.");
        }
        String key = Claimant.key(name);
        claimants
                .findByAnyKey(key)
                .filter(other -> !other.getId().equals(claimant.getId()))
                .ifPresent(other -> {
                    throw new ValidationException(
                            "name",
                            "\u201c" + other.getName()
                                    + "\u201d already has this name: merge the two claimants instead.");
                });
        if (name.equals(claimant.getName())) {
            return view(claimant);
        }
        Map<String, Object> before = snapshot(claimant);
        String oldName = claimant.getName();
        var aliases = new ArrayList<String>();
        if (!Claimant.key(oldName).equals(key)) {
            aliases.add(oldName);
        }
        claimant.getAliases().stream()
                .filter(a -> !Claimant.key(a).equals(key))
                .filter(a -> aliases.stream().noneMatch(b -> Claimant.key(b).equals(Claimant.key(a))))
                .forEach(aliases::add);
        // Two statements: the old name's key moves from the claimant row to an alias row.
        claimant.setAliases(List.of());
        claimant.rename(name);
        save(claimant);
        claimant.setAliases(aliases.subList(0, Math.min(aliases.size(), Claimant.ALIASES_MAX)));
        save(claimant);
        reindexClaims(claimant.getId());
        events.publishEvent(new AuditRecord(
                currentUser.actorName(),
                "claimant.renamed",
                "claimant",
                String.valueOf(id),
                "Renamed " + oldName + " to " + name,
                before,
                snapshot(claimant)));
        return view(claimant);
    }

    /**
     * Merges one claimant into another: the merged claimant's claims, aliases and links move to the
     * survivor, its name becomes one of the survivor's aliases, and its page sends readers to the
     * survivor's. Both versions are checked, so neither changed since the editor looked.
     */
    @RolesAllowed(AppRoles.EDITOR)
    public MergedClaimants merge(long mergedId, long mergedVersion, long survivorId, long survivorVersion) {
        if (mergedId == survivorId) {
            throw new ValidationException("survivor", "Pick another claimant to merge into.");
        }
        Claimant merged = load(mergedId);
        Claimant survivor = load(survivorId);
        if (merged.getVersion() != mergedVersion || survivor.getVersion() != survivorVersion) {
            throw new ConcurrentEditException("This claimant");
        }
        Map<String, Object> before = snapshot(survivor);
        before.put("merged", snapshot(merged));
        var aliases = new ArrayList<String>(survivor.getAliases());
        var keys = new LinkedHashSet<String>();
        keys.add(survivor.getNameKey());
        aliases.forEach(a -> keys.add(Claimant.key(a)));
        for (String a : concat(List.of(merged.getName()), merged.getAliases())) {
            if (keys.add(Claimant.key(a))) {
                aliases.add(a);
            }
        }
        var links = new LinkedHashSet<String>(survivor.getLinks());
        links.addAll(merged.getLinks());
        List<String> keptLinks = links.stream().limit(Claimant.LINKS_MAX).toList();
        List<Claim> moved = claims.findByClaimant(mergedId);
        moved.forEach(c -> c.creditTo(survivor));
        try {
            claims.saveAllAndFlush(moved);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("A claim of " + merged.getName());
        }
        claimants.retargetRedirects(mergedId, survivorId);
        claimants.dropActorDuplicates(mergedId, survivorId);
        claimants.moveActors(mergedId, survivorId);
        String mergedName = merged.getName();
        try {
            claimants.delete(merged);
            claimants.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This claimant");
        }
        claimants.addRedirect(mergedId, survivorId);
        survivor.describe(survivor.getKind(), keptLinks);
        survivor.setAliases(aliases.subList(0, Math.min(aliases.size(), Claimant.ALIASES_MAX)));
        save(survivor);
        reindexClaims(survivorId);
        events.publishEvent(new AuditRecord(
                currentUser.actorName(),
                "claimant.merged",
                "claimant",
                String.valueOf(survivorId),
                "Merged " + mergedName + " into " + survivor.getName() + " (" + moved.size()
                        + (moved.size() == 1 ? " claim" : " claims") + " moved)",
                before,
                snapshot(survivor)));
        return new MergedClaimants(mergedName, moved.size(), view(survivor));
    }

    /** What a merge would move, for the confirmation dialog. */
    @RolesAllowed(AppRoles.EDITOR)
    @Transactional(readOnly = true)
    public MergePreview previewMerge(long mergedId, long survivorId) {
        Claimant merged = load(mergedId);
        Claimant survivor = load(survivorId);
        return new MergePreview(
                merged.getId(),
                merged.getName(),
                merged.getVersion(),
                survivor.getId(),
                survivor.getName(),
                survivor.getVersion(),
                claims.findByClaimant(mergedId).size(),
                concat(List.of(merged.getName()), merged.getAliases()),
                merged.getLinks());
    }

    /** Other claimants whose name or alias contains what was typed, for the merge picker. */
    @RolesAllowed(AppRoles.EDITOR)
    @Transactional(readOnly = true)
    public List<ClaimantChoice> otherClaimants(long exceptId, String typed, int limit) {
        var page = org.springframework.data.domain.PageRequest.of(0, Math.max(1, limit) + 1);
        String key = Claimant.key(typed == null ? "" : typed);
        var found = new LinkedHashMap<Long, ClaimantChoice>();
        for (Claimant c : concat(
                claimants.findByNameKeyContainingOrderByName(key, page),
                claimants.findByAliasKeyContaining(key, page))) {
            if (c.getId() != exceptId) {
                found.putIfAbsent(c.getId(), new ClaimantChoice(c.getId(), c.getName()));
            }
        }
        return found.values().stream().limit(Math.max(1, limit)).toList();
    }

    private List<String> checkAliases(Claimant claimant, List<String> aliases) {
        var result = new ArrayList<String>();
        var keys = new LinkedHashSet<String>();
        for (String raw : aliases) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String alias = Claimant.tidy(raw);
            if (alias.length() > Claimant.NAME_MAX_LENGTH) {
                throw new ValidationException(
                        "aliases", "Other names are at most " + Claimant.NAME_MAX_LENGTH + " characters.");
            }
            String key = Claimant.key(alias);
            if (key.equals(claimant.getNameKey()) || !keys.add(key)) {
                continue;
            }
            var owner = claimants.findByAnyKey(key);
            if (owner.isPresent() && !owner.get().getId().equals(claimant.getId())) {
                throw new ValidationException(
                        "aliases",
                        "\u201c" + alias + "\u201d is already a name of "
                                + owner.get().getName() + ": merge the two claimants instead.");
            }
            result.add(alias);
        }
        if (result.size() > Claimant.ALIASES_MAX) {
            throw new ValidationException("aliases", "Add at most " + Claimant.ALIASES_MAX + " other names.");
        }
        return result;
    }

    private void save(Claimant claimant) {
        try {
            claimants.saveAndFlush(claimant);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This claimant");
        }
    }

    /** The claims' search documents carry the claimant's name and aliases. */
    private void reindexClaims(long claimantId) {
        var plan = Search.session(entityManager).indexingPlan();
        claims.findByClaimant(claimantId).forEach(plan::addOrUpdate);
    }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        var all = new ArrayList<T>(a);
        all.addAll(b);
        return all;
    }

    private ClaimantDetail view(Claimant c) {
        return new ClaimantDetail(
                c.getId(),
                c.getName(),
                c.getKind(),
                c.getLinks(),
                c.getAliases(),
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
        m.put("name", c.getName());
        m.put("links", c.getLinks());
        m.put("aliases", c.getAliases());
        return m;
    }
}
