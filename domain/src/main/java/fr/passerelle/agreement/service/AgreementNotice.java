package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import java.util.HashMap;
import java.util.Map;

/**
 * A notice about an agreement, its amendments or its follow-up. Its target is the agreement (the GraphQL
 * {@code InternshipAgreement}, which {@code node} resolves for whoever may read it; its amendments and follow-up are
 * read through it). Its texts name the host and the school, which every reader of the agreement sees, and no person.
 */
final class AgreementNotice {

    /** The GraphQL type of the target. */
    static final String TARGET = "InternshipAgreement";

    private AgreementNotice() {
    }

    static Notice of(NotificationKind kind, Agreement agreement, Map<String, String> more) {
        Map<String, String> parameters = new HashMap<>(more);
        parameters.put("company", agreement.parties().company().name());
        parameters.put("school", agreement.parties().school().name());
        return new Notice(kind, parameters, TARGET, agreement.id());
    }

    static Notice of(NotificationKind kind, Agreement agreement) {
        return of(kind, agreement, Map.of());
    }
}
