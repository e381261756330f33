package vn.planflow.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Sign-ins to the domain API, as Spring Security reports them. */
@Component
class SignInAuditListener {
    private final AuditLog audit;

    SignInAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        HttpServletRequest request = CurrentRequest.get();
        audit.signIn(event.getAuthentication().getName(), AuditChannel.of(request), CurrentRequest.remoteAddress());
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        HttpServletRequest request = CurrentRequest.get();
        audit.signInFailed(event.getAuthentication().getName(), AuditChannel.of(request),
                CurrentRequest.remoteAddress(), event.getException().getClass().getSimpleName());
    }
}
