package fr.passerelle.api.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads back the mails the dev sink received (dev mode only; any authenticated caller). */
@RestController
@ConditionalOnProperty(name = "passerelle.mail.dev-sink", havingValue = "true")
@Tag(name = "Development", description = "Helpers that exist only in dev mode")
class DevMailboxController {

    /**
     * A received mail as developers and tests read it.
     *
     * @param listUnsubscribe     the {@code List-Unsubscribe} header (marketing mail only), else null
     * @param listUnsubscribePost the {@code List-Unsubscribe-Post} header (marketing mail only), else null
     */
    record MailView(List<String> to, String subject, String body, Instant receivedAt, String listUnsubscribe,
                    String listUnsubscribePost) {
    }

    private final GreenMail server;

    DevMailboxController(GreenMail devMailServer) {
        this.server = devMailServer;
    }

    @GetMapping("/dev/mailbox")
    @Operation(summary = "Mails sent by the platform", description = "Every mail the dev SMTP sink received since"
            + " start, oldest first; `to` keeps only those addressed to that e-mail.")
    List<MailView> mailbox(@RequestParam(required = false) String to) {
        String wanted = to == null ? null : to.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(server.getReceivedMessages())
                .map(DevMailboxController::view)
                .filter(mail -> wanted == null || mail.to().contains(wanted))
                .toList();
    }

    private static MailView view(MimeMessage message) {
        try {
            String body = message.getContent() instanceof String text ? text : GreenMailUtil.getBody(message);
            List<String> recipients = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(address -> address.toString().toLowerCase(Locale.ROOT)).toList();
            Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant() : null;
            return new MailView(recipients, message.getSubject(), body.trim(), received,
                    message.getHeader("List-Unsubscribe", ","), message.getHeader("List-Unsubscribe-Post", ","));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail in the dev sink", e);
        }
    }
}
