package fr.passerelle.marketing.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What became of one marketing mail to one person, decided at send time: the record that the platform did not mail
 * someone who had not agreed (or had withdrawn) is as much a proof as the mail itself.
 *
 * @param id the mail's key: {@code <campaign>/<subject>}
 */
public record MarketingDelivery(String id, String campaign, String subject, Outcome outcome, Instant at) {

    public MarketingDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
    }

    public enum Outcome {
        /** Handed to the marketing mailer. */
        SENT,
        /** Not sent: the person's current consent to marketing e-mail is not granted. */
        SUPPRESSED_NO_CONSENT,
        /** Not sent: no address is known for the person. */
        NO_ADDRESS
    }
}
