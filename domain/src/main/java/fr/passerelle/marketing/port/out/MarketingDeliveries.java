package fr.passerelle.marketing.port.out;

import fr.passerelle.marketing.model.MarketingDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The log of marketing sends and suppressions, one entry per campaign and person. */
public interface MarketingDeliveries {

    /** Records the outcome; the first outcome recorded for an id stands (a retry records nothing new). */
    void record(MarketingDelivery delivery);

    Optional<MarketingDelivery> find(String id);

    /** The person's entries, newest first, at most {@code limit}. */
    List<MarketingDelivery> ofSubject(String subject, int limit);

    /** Deletes the person's entries; how many. */
    int deleteOfSubject(String subject);

    /** Deletes the entries recorded before the time; how many. */
    int deleteBefore(Instant before);
}
