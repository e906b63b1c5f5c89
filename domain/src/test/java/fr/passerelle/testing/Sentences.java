package fr.passerelle.testing;

import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.Message;

/** Messages as their readers see them, for assertions on a few whole sentences. */
public final class Sentences {

    private Sentences() {
    }

    /** The French sentence, or null for no message. */
    public static String french(Message message) {
        return message == null ? null : Bundles.render(message, Language.FR);
    }

    /** The English sentence, or null for no message. */
    public static String english(Message message) {
        return message == null ? null : Bundles.render(message, Language.EN);
    }
}
