package fr.passerelle.retention.model;

import fr.passerelle.privacy.model.LegalBasis;
import java.time.Instant;
import java.util.List;

/**
 * The policies the platform starts with, seeded once (an administrator's change is never overwritten). Sources are in
 * the README's retention table; in short: CNIL, "Les durées de conservation des données" (active base, intermediate
 * archive, erasure; a rejected candidate's file 2 years), the CNIL's reference for customer and prospect files
 * (3 years after the last contact the person initiated), the limitation period of civil claims (5 years, Code civil
 * art. 2224) and accounting records (10 years, Code de commerce art. L123-22).
 */
public final class RetentionDefaults {

    private RetentionDefaults() {
    }

    public static List<RetentionPolicy> policies(Instant now) {
        return List.of(
                policy("learner.profile", RetentionTrigger.LAST_CONTACT_BY_PERSON, 36, 0, LegalBasis.CONTRACT, now),
                policy("internship.applications", RetentionTrigger.LAST_CONTACT_BY_PERSON, 24, 0,
                        LegalBasis.CONTRACT, now),
                policy("agreement.signed", RetentionTrigger.END_OF_CONTRACT, 12, 48, LegalBasis.LEGAL_OBLIGATION, now),
                policy("followup.attestations", RetentionTrigger.END_OF_TRAINING, 12, 48,
                        LegalBasis.LEGAL_OBLIGATION, now),
                policy("catalog.session-staff", RetentionTrigger.END_OF_TRAINING, 12, 48,
                        LegalBasis.LEGAL_OBLIGATION, now),
                policy("billing.invoices", RetentionTrigger.END_OF_FISCAL_YEAR, 12, 108, LegalBasis.LEGAL_OBLIGATION,
                        now),
                policy("notification.inbox", RetentionTrigger.LAST_CONTACT_BY_PERSON, 12, 0, LegalBasis.CONTRACT, now),
                policy("consent.ledger", RetentionTrigger.LAST_CONTACT_BY_PERSON, 12, 48, LegalBasis.LEGAL_OBLIGATION,
                        now),
                policy("marketing.deliveries", RetentionTrigger.LAST_CONTACT_BY_PERSON, 36, 0,
                        LegalBasis.LEGITIMATE_INTEREST, now),
                policy("crm.documents", RetentionTrigger.LAST_CONTACT_BY_PERSON, 36, 0, LegalBasis.CONTRACT, now),
                policy("crm.id-proofs", RetentionTrigger.LAST_CONTACT_BY_PERSON, 12, 0, LegalBasis.CONTRACT, now),
                policy("crm.invoices", RetentionTrigger.END_OF_FISCAL_YEAR, 12, 108, LegalBasis.LEGAL_OBLIGATION, now),
                policy("crm.training-agreements", RetentionTrigger.END_OF_CONTRACT, 12, 48,
                        LegalBasis.LEGAL_OBLIGATION, now),
                policy("enrollment.signed", RetentionTrigger.END_OF_TRAINING, 12, 48, LegalBasis.LEGAL_OBLIGATION,
                        now));
    }

    private static RetentionPolicy policy(String dataClass, RetentionTrigger trigger, int activeMonths,
                                          int archiveMonths, LegalBasis basis, Instant now) {
        return new RetentionPolicy(dataClass, trigger, activeMonths, archiveMonths, basis, 0, now);
    }
}
