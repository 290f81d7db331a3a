package org.factline.user;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factline.security.AppRoles;
import org.factline.user.domain.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Facts about the team that every signed-in member may see. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('FACT_CHECKER', 'ADMIN')")
public class UserDirectory {

    /** Who works on claims; pure admins can't open them. */
    private static final Set<AppRoles.Role> TEAM_ROLES = EnumSet.of(AppRoles.Role.FACT_CHECKER, AppRoles.Role.EDITOR);

    private final UserAccountRepository repository;

    UserDirectory(UserAccountRepository repository) {
        this.repository = repository;
    }

    public long countActiveMembers() {
        return repository.countByEnabledTrue();
    }

    /** The active fact-checkers and editors (the people who work on claims), by display name. */
    public List<TeamMember> teamMembers() {
        return repository.findEnabledMembers(TEAM_ROLES).stream()
                .map(m -> new TeamMember(m.username(), m.displayName()))
                .toList();
    }

    /**
     * Display names of the active teammates among {@code usernames} (any case), by lowercase
     * username; names without an active account are left out (used to resolve @mentions).
     */
    public Map<String, String> activeMembers(Collection<String> usernames) {
        var normalized = usernames.stream().map(UserNames::normalize).distinct().toList();
        var result = new TreeMap<String, String>();
        if (!normalized.isEmpty()) {
            // pure admins can't open claims: a mention would point them at a page they may not see
            repository.findEnabledNames(normalized, TEAM_ROLES).forEach(m -> result.put(m.username(), m.displayName()));
        }
        return result;
    }

    /**
     * Display names of the accounts among {@code usernames}, by lowercase username, disabled ones
     * too: who did something stays named after they left (e.g. the editor who approved a verdict).
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        var normalized = usernames.stream().map(UserNames::normalize).distinct().toList();
        var result = new TreeMap<String, String>();
        if (!normalized.isEmpty()) {
            repository.findNames(normalized).forEach(m -> result.put(m.username(), m.displayName()));
        }
        return result;
    }
}
