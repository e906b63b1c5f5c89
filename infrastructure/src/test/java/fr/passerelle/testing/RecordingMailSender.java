package fr.passerelle.testing;

import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** An SMTP server stand-in: keeps what it is handed, or refuses it while told to. */
public final class RecordingMailSender implements JavaMailSender {

    private final List<SimpleMailMessage> sent = new ArrayList<>();
    private volatile boolean refusing;

    public synchronized List<SimpleMailMessage> sent() {
        return List.copyOf(sent);
    }

    /** While refusing, every send fails as an unreachable server's would. */
    public void refuse(boolean refusing) {
        this.refusing = refusing;
    }

    public synchronized void clear() {
        sent.clear();
        refusing = false;
    }

    @Override
    public synchronized void send(SimpleMailMessage... messages) {
        if (refusing) {
            throw new MailSendException("connection refused (test)");
        }
        for (SimpleMailMessage message : messages) {
            sent.add(new SimpleMailMessage(message));
        }
    }

    @Override
    public MimeMessage createMimeMessage() {
        throw new UnsupportedOperationException("Passerelle sends plain-text mails only");
    }

    @Override
    public MimeMessage createMimeMessage(InputStream contentStream) {
        throw new UnsupportedOperationException("Passerelle sends plain-text mails only");
    }

    @Override
    public void send(MimeMessage... mimeMessages) {
        throw new UnsupportedOperationException("Passerelle sends plain-text mails only");
    }
}
