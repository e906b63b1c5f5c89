package fr.passerelle.internship.port.in;

import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;
import java.util.List;
import java.util.Set;

/** An application as sent: a message to the company and the profile parts the learner shares with it. */
public record ApplicationCommand(String message, List<ProfilePart> sharedParts) {

    /** The message, cleaned, and the shared parts as a set. */
    public Valid validate() {
        var checks = new Checks();
        String cleanMessage = checks.optionalText("message", message, Limits.LONG_TEXT, TextKind.PROSE);
        List<ProfilePart> parts = checks.list("sharedParts", sharedParts);
        checks.throwIfAny();
        return new Valid(cleanMessage, Set.copyOf(parts));
    }

    /** A checked application. */
    public record Valid(String message, Set<ProfilePart> sharedParts) {
    }
}
