package fr.passerelle.api.security;

import fr.passerelle.api.web.ErrorReplies;
import fr.passerelle.api.web.Refusal;
import fr.passerelle.partner.model.PartnerScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a partner client's request to a controller method that {@link RequiresScope} does not open to its scopes.
 * Functional endpoints (GraphQL, whose fields the {@code @scope} directive guards) are not controller methods and
 * pass; everything else a partner reaches must say so.
 */
final class PartnerScopeInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(request.getAttribute(PartnerCaller.ATTRIBUTE) instanceof PartnerCaller caller)
                || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        RequiresScope required = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresScope.class);
        if (required == null) {
            required = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresScope.class);
        }
        if (required != null && caller.holdsAny(EnumSet.copyOf(List.of(required.value())))) {
            return true;
        }
        String needs = required == null ? "This endpoint is closed to partner clients."
                : "This endpoint needs the scope " + String.join(" or ",
                        List.of(required.value()).stream().map(PartnerScope::value).toList()) + ".";
        ErrorReplies.write(request, response, new Refusal(HttpStatus.FORBIDDEN, "FORBIDDEN", "forbidden",
                "Forbidden", needs));
        return false;
    }
}
