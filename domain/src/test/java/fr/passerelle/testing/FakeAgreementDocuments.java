package fr.passerelle.testing;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.model.Attestation;
import fr.passerelle.agreement.port.out.AgreementDocuments;
import fr.passerelle.agreement.rules.RulesReport;
import java.nio.charset.StandardCharsets;

/**
 * {@link AgreementDocuments} rendering plain text instead of PDF, from the data alone as the port requires: the same
 * data gives the same bytes, and what a document is about (its agreement, version, terms, parties) changes them, so
 * the hashes recorded in signatures mean something. {@link #agreement} renders the version about to be sent (the
 * current one plus one).
 */
public class FakeAgreementDocuments implements AgreementDocuments {

    @Override
    public byte[] agreement(Agreement agreement, RulesReport rules) {
        return agreementText(agreement, agreement.signing().documentVersion() + 1, rules)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] amendment(Agreement agreement, Amendment amendment) {
        return amendmentText(agreement, amendment).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] attestation(Agreement agreement, Attestation attestation) {
        return attestationText(agreement, attestation).getBytes(StandardCharsets.UTF_8);
    }

    /** The text of an agreement's document of {@code version}. */
    public static String agreementText(Agreement agreement, int version, RulesReport rules) {
        return "agreement " + agreement.id() + " v" + version + "\n" + agreement.parties() + "\n" + agreement.terms()
                + "\npresence " + rules.presence().totalMinutes() + " min";
    }

    public static String amendmentText(Agreement agreement, Amendment amendment) {
        return "agreement " + agreement.id() + " amendment " + amendment.number() + "\n" + amendment.reason() + "\n"
                + amendment.terms();
    }

    public static String attestationText(Agreement agreement, Attestation attestation) {
        return "attestation " + agreement.id() + "\n" + agreement.parties().learner().name() + "\npresence "
                + attestation.presenceMinutes() + " min, " + attestation.presenceDays() + " days\ngratification "
                + attestation.gratificationPaid().amountInMinorUnits() + " "
                + attestation.gratificationPaid().currency();
    }
}
