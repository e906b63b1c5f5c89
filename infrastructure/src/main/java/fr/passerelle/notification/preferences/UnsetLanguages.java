package fr.passerelle.notification.preferences;

import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.PreferredLanguages;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Until people can choose a language, nobody has chosen one: everyone reads their request's or the default. */
@Component
class UnsetLanguages implements PreferredLanguages {

    @Override
    public Optional<Language> of(String subject) {
        return Optional.empty();
    }
}
