package fr.passerelle.marketing.service;

import fr.passerelle.marketing.port.out.Newsletters;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import java.time.Instant;
import java.util.Map;

/** Mails one newsletter to one person, through {@link MarketingSender} (consent read now, outcome recorded). */
public class NewsletterMail implements ReminderHandler {

    static final String KIND = "newsletter-mail";
    private static final String NEWSLETTER = "newsletter";
    private static final String SUBJECT = "subject";

    private final Newsletters newsletters;
    private final MarketingSender sender;

    public NewsletterMail(Newsletters newsletters, MarketingSender sender) {
        this.newsletters = newsletters;
        this.sender = sender;
    }

    static Reminder reminder(String newsletter, String subject, Instant now) {
        return new Reminder(KIND + "/" + newsletter + "/" + subject, KIND, now,
                Map.of(NEWSLETTER, newsletter, SUBJECT, subject));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder) {
        newsletters.findById(reminder.attribute(NEWSLETTER)).ifPresent(newsletter -> sender.send(
                "newsletter/" + newsletter.id(), reminder.attribute(SUBJECT), newsletter.text()));
    }
}
