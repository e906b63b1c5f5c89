package fr.passerelle.agreement.port.out;

import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Optional;

/** Stored follow-ups, each with the id of its agreement (a second insert is a DuplicateKeyException). */
public interface InternshipFollowUps extends AggregateStore<InternshipFollowUp> {

    /** The follow-up holding an evaluation link whose token hashes to this, revoked or not. */
    Optional<InternshipFollowUp> findByLinkTokenSha256(String tokenSha256);
}
