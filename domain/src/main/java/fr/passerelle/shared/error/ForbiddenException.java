package fr.passerelle.shared.error;

import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.Message;

/**
 * The caller may see the object but not perform this action on it. The sentence saying so is a {@link Message}
 * ({@code error.forbidden.*}), written in the reader's language where it is answered; the exception's own message is
 * its English wording, for logs.
 */
public class ForbiddenException extends RuntimeException {

    private final transient Message reason;

    public ForbiddenException(String key, Object... arguments) {
        this(Message.of(key, arguments));
    }

    private ForbiddenException(Message reason) {
        super(Bundles.render(reason, Language.EN));
        this.reason = reason;
    }

    /** What the caller may not do, to be written in the reader's language. */
    public Message reason() {
        return reason;
    }
}
