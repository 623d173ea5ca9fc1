package goodwill.access;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request authenticated by a personal access token: its owner, with the token's scope. */
class TokenAuthentication extends AbstractAuthenticationToken {

    private final AccessTokens.Grant grant;

    TokenAuthentication(AccessTokens.Grant grant, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.grant = grant;
        setAuthenticated(true);
    }

    TokenScope scope() {
        return grant.scope();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return grant.username();
    }

    @Override
    public String getName() {
        return grant.username();
    }
}
