package fr.passerelle.marketing.service;

import fr.passerelle.consent.service.ConsentPrivacy;
import fr.passerelle.marketing.model.MarketingDelivery;
import fr.passerelle.marketing.port.out.MarketingDeliveries;
import fr.passerelle.marketing.port.out.Newsletters;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Marketing's personal data: the log of what was sent to or withheld from whom (deleted on erasure: the consent
 * ledger keeps the proof that matters), and the authors of newsletters (pseudonymised: the newsletter stays).
 */
public class MarketingPrivacy implements PersonalDataProvider {

    public static final String FEATURE = "marketing";
    public static final String DELIVERIES = "marketing.deliveries";
    public static final String AUTHORS = "marketing.newsletter-authors";
    static final int MAX_EXPORTED = 10_000;
    private static final List<String> COLUMNS = List.of("campaign", "outcome", "at");

    private final MarketingDeliveries deliveries;
    private final Newsletters newsletters;

    public MarketingPrivacy(MarketingDeliveries deliveries, Newsletters newsletters) {
        this.deliveries = deliveries;
        this.newsletters = newsletters;
    }

    @Override
    public String feature() {
        return FEATURE;
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(
                new PersonalData(DELIVERIES, "marketing_deliveries", List.of("subject"),
                        "privacy.purpose.marketing-deliveries", LegalBasis.LEGITIMATE_INTEREST,
                        PersonalData.Erasure.DELETE),
                new PersonalData(AUTHORS, "newsletters", List.of("createdBy"), "privacy.purpose.newsletter-authors",
                        LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.PSEUDONYMISE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        if (person.subject() == null) {
            return List.of();
        }
        List<MarketingDelivery> entries = deliveries.ofSubject(person.subject(), MAX_EXPORTED);
        return entries.isEmpty() ? List.of() : List.of(new ExportSection("marketing-deliveries", COLUMNS,
                entries.stream().map(entry -> Map.of("campaign", entry.campaign(), "outcome", entry.outcome().name(),
                        "at", entry.at().toString())).toList()));
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        if (person.subject() == null) {
            return new ErasureOutcome(FEATURE, 0, 0, List.of());
        }
        int deleted = deliveries.deleteOfSubject(person.subject());
        int pseudonymised = newsletters.pseudonymiseAuthor(person.subject(),
                ConsentPrivacy.pseudonym(person.subject()));
        return new ErasureOutcome(FEATURE, deleted, pseudonymised, List.of());
    }

    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        int deleted = DELIVERIES.equals(dataClass) ? deliveries.deleteBefore(triggeredBefore) : 0;
        return new ErasureOutcome(FEATURE, deleted, 0, List.of());
    }
}
