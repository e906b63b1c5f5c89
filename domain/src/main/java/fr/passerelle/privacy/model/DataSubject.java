package fr.passerelle.privacy.model;

import fr.passerelle.shared.model.EmailAddress;
import java.util.Objects;
import java.util.Set;

/**
 * One person as the stores know them: the features file people under different keys (an account's token subject, the
 * learner profiles that are theirs, the addresses they were reached at without an account — a tutor, a signatory), so
 * a data-subject request gathers every key first and every provider looks under the ones it uses.
 *
 * @param subject    the person's account (token subject), or null for someone without one
 * @param learnerIds the learner profiles that are the person's (claimed by the account, or matched by a verified
 *                   address); empty when none
 * @param emails     the verified addresses the person is known by; empty when none
 */
public record DataSubject(String subject, Set<String> learnerIds, Set<EmailAddress> emails) {

    public DataSubject {
        learnerIds = Set.copyOf(Objects.requireNonNull(learnerIds, "learnerIds"));
        emails = Set.copyOf(Objects.requireNonNull(emails, "emails"));
        if (subject == null && learnerIds.isEmpty() && emails.isEmpty()) {
            throw new IllegalArgumentException("a data subject needs at least one key");
        }
    }
}
