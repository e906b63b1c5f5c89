package fr.passerelle.api.security;

import fr.passerelle.partner.model.PartnerScope;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opens a REST handler (a method, or every handler of a controller) to partner clients holding any one of these
 * scopes — the REST twin of the schema's {@code @scope} directive. A handler without it is refused (403) to
 * partner clients; people's requests ignore it. The use case still decides from the caller's actor, which a
 * partner client's token scopes to its own organisation.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresScope {

    /** The scopes any one of which opens the handler. */
    PartnerScope[] value();
}
