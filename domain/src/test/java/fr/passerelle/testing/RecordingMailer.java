package fr.passerelle.testing;

import fr.passerelle.notification.model.OutgoingMail;
import fr.passerelle.notification.port.out.Mailer;
import java.util.List;

/** {@link Mailer} that keeps what it sends; like the port, sending a key already sent sends nothing more. */
public class RecordingMailer extends InMemoryRecords<OutgoingMail> implements Mailer {

    public RecordingMailer() {
        super(OutgoingMail::key);
    }

    @Override
    public void send(OutgoingMail mail) {
        addIfAbsent(mail);
    }

    /** The distinct mails sent, in order. */
    public List<OutgoingMail> sent() {
        return all();
    }
}
