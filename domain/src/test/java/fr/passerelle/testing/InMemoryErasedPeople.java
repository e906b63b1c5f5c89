package fr.passerelle.testing;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.port.out.ErasedPeople;
import fr.passerelle.shared.model.EmailAddress;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The erasure tombstone in memory (keys kept in clear: it is a test double). */
public class InMemoryErasedPeople implements ErasedPeople {

    private final Set<String> subjects = new HashSet<>();
    private final Set<EmailAddress> emails = new HashSet<>();

    @Override
    public void remember(DataSubject person, Instant erasedAt) {
        if (person.subject() != null) {
            subjects.add(person.subject());
        }
        emails.addAll(person.emails());
    }

    @Override
    public boolean erased(String subject) {
        return subjects.contains(subject);
    }

    @Override
    public boolean erased(EmailAddress address) {
        return emails.contains(address);
    }
}
