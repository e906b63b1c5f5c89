package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.Evaluation;
import fr.passerelle.agreement.model.EvaluationKind;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.port.out.InternshipFollowUps;
import fr.passerelle.notification.model.OutgoingMail;
import fr.passerelle.notification.port.out.Mailer;
import fr.passerelle.notification.port.out.Texts;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The tutor's mails about an evaluation: the link when issued, and reminders 3 days and 1 day before the deadline
 * (at 9:00 in Paris) while the evaluation is not given and its link holds. Only the link's hash is stored, so
 * reminders point to the first mail rather than repeating the link.
 */
public class EvaluationMail implements ReminderHandler {

    /** Days before the deadline a reminder goes out. */
    static final List<Integer> REMINDER_DAYS = List.of(3, 1);
    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
    static final String KIND = "evaluation-reminder";
    private static final Locale LOCALE = Locale.FRENCH;

    private final InternshipFollowUps followUps;
    private final Mailer mailer;
    private final Texts texts;
    private final Reminders reminders;
    private final UnaryOperator<String> formUrl;
    private final Clock clock;

    /** @param formUrl the absolute address of the form a link's token opens, given the token */
    public EvaluationMail(InternshipFollowUps followUps, Mailer mailer, Texts texts, Reminders reminders,
                          UnaryOperator<String> formUrl, Clock clock) {
        this.followUps = followUps;
        this.mailer = mailer;
        this.texts = texts;
        this.reminders = reminders;
        this.formUrl = formUrl;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * Mails the link and schedules its reminders. A mail server that refuses is reported (false), not thrown: the
     * link holds and the school passes it on; a missing template is a bug and throws.
     */
    boolean linkIssued(Agreement agreement, Evaluation evaluation, String token) {
        for (int days : REMINDER_DAYS) {
            var due = evaluation.dueOn().minusDays(days).atTime(REMINDER_TIME).atZone(PlatformCalendar.ZONE)
                    .toInstant();
            if (due.isAfter(clock.instant())) {
                reminders.schedule(new Reminder(reminderKey(evaluation, days), KIND, due, Map.of(
                        "followUp", agreement.id(), "evaluation", evaluation.kind().name(),
                        "link", evaluation.link().id())));
            }
        }
        OutgoingMail mail = new OutgoingMail("mail/evaluation-link/" + evaluation.link().id(),
                EmailAddress.of(evaluation.link().sentTo()), texts.render("evaluation_link", LOCALE,
                parameters(agreement, evaluation, formUrl(token))));
        try {
            mailer.send(mail);
            return true;
        } catch (RuntimeException notHandedOver) {
            return false;
        }
    }

    /** Where the link with this token leads. */
    String formUrl(String token) {
        return formUrl.apply(token);
    }

    void cancelReminders(Evaluation evaluation) {
        if (evaluation.link() != null) {
            REMINDER_DAYS.forEach(days -> reminders.cancel(reminderKey(evaluation, days)));
        }
    }

    /** Fires only while that very link still opens the form. */
    @Override
    public void fire(Reminder reminder) {
        followUps.findById(reminder.attribute("followUp")).ifPresent(followUp -> remind(followUp, reminder));
    }

    private void remind(InternshipFollowUp followUp, Reminder reminder) {
        followUp.evaluations().stream()
                .filter(e -> e.kind().name().equals(reminder.attribute("evaluation")) && e.link() != null
                        && e.link().id().equals(reminder.attribute("link")) && e.openThroughLink(clock.instant()))
                .findFirst()
                .ifPresent(evaluation -> mailer.send(new OutgoingMail("mail/" + reminder.key(),
                        EmailAddress.of(evaluation.link().sentTo()), texts.render("evaluation_reminder", LOCALE,
                        Map.of("deadline", evaluation.dueOn().toString(),
                                "sent", PlatformCalendar.dayOf(evaluation.link().issuedAt()).toString())))));
    }

    private static Map<String, String> parameters(Agreement agreement, Evaluation evaluation, String url) {
        return Map.of("learner", agreement.parties().learner().name(), "company", agreement.parties().company().name(),
                "deadline", evaluation.dueOn().toString(), "url", url,
                "evaluation", evaluation.kind() == EvaluationKind.FINAL ? "finale"
                        : "de mi-parcours");
    }

    static String reminderKey(Evaluation evaluation, int daysBefore) {
        return "evaluation/" + evaluation.link().id() + "/D-" + daysBefore;
    }
}
