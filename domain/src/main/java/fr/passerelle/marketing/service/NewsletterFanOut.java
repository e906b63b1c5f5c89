package fr.passerelle.marketing.service;

import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.consent.port.out.ConsentRecords;
import fr.passerelle.marketing.model.Newsletter;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Fans a newsletter out, one batch of its audience per job: a mail job per person (which checks consent when it runs),
 * then a job for the next batch. Every job is keyed, so a batch fired twice schedules nothing twice, and a large
 * audience never makes one long job.
 */
public class NewsletterFanOut implements ReminderHandler {

    static final String KIND = "newsletter";
    static final int BATCH = 200;
    private static final String NEWSLETTER = "newsletter";
    private static final String AFTER = "after";

    private final ConsentRecords consents;
    private final Reminders reminders;
    private final Clock clock;

    public NewsletterFanOut(ConsentRecords consents, Reminders reminders, Clock clock) {
        this.consents = consents;
        this.reminders = reminders;
        this.clock = clock;
    }

    static Reminder firstBatch(Newsletter newsletter, Instant now) {
        return new Reminder(KIND + "/" + newsletter.id(), KIND, now, Map.of(NEWSLETTER, newsletter.id()));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder) {
        String newsletter = reminder.attribute(NEWSLETTER);
        Instant now = clock.instant();
        List<String> audience = consents.decidedOn(ConsentPurpose.MARKETING_EMAIL, reminder.attribute(AFTER), BATCH);
        audience.forEach(subject -> reminders.schedule(NewsletterMail.reminder(newsletter, subject, now)));
        if (audience.size() == BATCH) {
            String last = audience.get(BATCH - 1);
            reminders.schedule(new Reminder(KIND + "/" + newsletter + "/after/" + last, KIND, now,
                    Map.of(NEWSLETTER, newsletter, AFTER, last)));
        }
    }
}
