package fr.passerelle.agreement.service;

import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.service.NoticeDelivery;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The people one notice goes to, each once, delivered in the app to account holders and by e-mail to the others. */
final class Recipients {

    private final Set<Addressee> people = new LinkedHashSet<>();

    Recipients add(Optional<Addressee> person) {
        person.ifPresent(people::add);
        return this;
    }

    Recipients addAll(Collection<Addressee> more) {
        people.addAll(more);
        return this;
    }

    Recipients addAll(Recipients more) {
        return addAll(more.people);
    }

    /** Leaves this person out (nobody is told of their own action). */
    Recipients without(Optional<Addressee> person) {
        person.ifPresent(people::remove);
        return this;
    }

    Recipients withoutAll(Recipients others) {
        people.removeAll(others.people);
        return this;
    }

    /** Leaves out the account that acted (the event's initiator). */
    Recipients withoutSubject(String subject) {
        people.remove(Addressee.account(subject));
        return this;
    }

    /**
     * Delivers the notice. The cause names the event (or reminder) and the kind, so that two notices of one event
     * to one person are two notifications, and the same notice delivered twice is one.
     */
    void deliver(NoticeDelivery delivery, String cause, Notice notice) {
        String keyed = cause + "/" + notice.kind().name();
        delivery.toPeople(keyed, notice, people.stream().map(Addressee::subject).filter(Objects::nonNull).toList());
        people.stream().filter(p -> p.address() != null)
                .forEach(p -> delivery.toAddress(keyed, notice, p.address()));
    }
}
