package org.factline.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An API request authenticated by a personal access token: the owner as principal (so services
 * see the same {@link AppUserPrincipal} as in the UI), the owner's role authorities and the
 * token's scope authorities ({@link TokenScope#READ_AUTHORITY}, {@link TokenScope#WRITE_AUTHORITY}).
 */
public final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AppUserPrincipal owner;
    private final long tokenId;
    private final TokenScope scope;

    public AccessTokenAuthentication(AccessTokenAuthenticator.AccessTokenGrant grant) {
        super(authorities(grant));
        this.owner = grant.owner();
        this.tokenId = grant.tokenId();
        this.scope = grant.scope();
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(AccessTokenAuthenticator.AccessTokenGrant grant) {
        List<GrantedAuthority> result = new ArrayList<>(grant.owner().getAuthorities());
        result.add(new SimpleGrantedAuthority(TokenScope.READ_AUTHORITY));
        if (grant.scope().canWrite()) {
            result.add(new SimpleGrantedAuthority(TokenScope.WRITE_AUTHORITY));
        }
        return result;
    }

    public long tokenId() {
        return tokenId;
    }

    public TokenScope scope() {
        return scope;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public AppUserPrincipal getPrincipal() {
        return owner;
    }

    @Override
    public String getName() {
        return owner.getUsername();
    }
}
