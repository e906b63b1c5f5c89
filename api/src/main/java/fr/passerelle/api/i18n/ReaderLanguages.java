package fr.passerelle.api.i18n;

import fr.passerelle.api.security.ActorFilter;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.PreferredLanguages;
import graphql.GraphQLContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The language a request is answered in: the caller's own choice ({@link PreferredLanguages}), else the best of the
 * request's {@code Accept-Language} that Passerelle speaks, else French. Resolved once per request, and only when
 * something is written for a person (the preference is a read): GraphQL requests carry a {@link ReaderLanguage} in
 * their context ({@link #in(GraphQLContext)}), REST requests in an attribute ({@link #of(HttpServletRequest)}).
 */
@Component
public class ReaderLanguages {

    /** The GraphQL context key of the request's {@link ReaderLanguage}. */
    public static final String CONTEXT_KEY = ReaderLanguage.class.getName();

    private static final List<Locale> SPOKEN = Arrays.stream(Language.values()).map(Language::locale).toList();

    private final PreferredLanguages preferences;

    public ReaderLanguages(PreferredLanguages preferences) {
        this.preferences = preferences;
    }

    /**
     * @param subject        the caller's token subject, or null when anonymous
     * @param acceptLanguage the request's {@code Accept-Language} header, or null
     */
    public ReaderLanguage of(String subject, String acceptLanguage) {
        return new ReaderLanguage(() -> Optional.ofNullable(subject).flatMap(preferences::of)
                .or(() -> accepted(acceptLanguage))
                .orElse(Language.DEFAULT));
    }

    /** The language of a REST (or any servlet) request, resolved on first use and kept in a request attribute. */
    public Language of(HttpServletRequest request) {
        if (request.getAttribute(CONTEXT_KEY) instanceof ReaderLanguage resolved) {
            return resolved.get();
        }
        String subject = request.getAttribute(ActorFilter.ATTRIBUTE) instanceof Actor actor ? actor.subject() : null;
        ReaderLanguage language = of(subject, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        request.setAttribute(CONTEXT_KEY, language);
        return language.get();
    }

    /** The language of the GraphQL request whose context this is; French when the context carries none. */
    public static Language in(GraphQLContext context) {
        ReaderLanguage language = context.get(CONTEXT_KEY);
        return language == null ? Language.DEFAULT : language.get();
    }

    /**
     * The best language of an {@code Accept-Language} header that Passerelle speaks ({@code en-GB;q=0.9, fr;q=0.8}
     * is English), if any. A header that does not parse counts as none.
     */
    static Optional<Language> accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN))
                    .flatMap(Language::of);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
