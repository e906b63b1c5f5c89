package fr.passerelle.notification.service;

import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.OutgoingMail;
import fr.passerelle.notification.model.Text;
import fr.passerelle.notification.port.out.Mailer;
import fr.passerelle.notification.port.out.Notifications;
import fr.passerelle.notification.port.out.Texts;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.PreferredLanguages;
import fr.passerelle.shared.model.EmailAddress;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;

/**
 * Delivers in the app (which the live subscription relays) to people with an account, in each one's language; by
 * e-mail, in French, to someone without one.
 */
public class InAppDelivery implements NoticeDelivery {

    private final Notifications notifications;
    private final Mailer mailer;
    private final Texts texts;
    private final PreferredLanguages languages;
    private final Clock clock;

    public InAppDelivery(Notifications notifications, Mailer mailer, Texts texts, PreferredLanguages languages,
                         Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.texts = texts;
        this.languages = languages;
        this.clock = clock;
    }

    @Override
    public void toPeople(String cause, Notice notice, Collection<String> subjects) {
        for (String recipient : new LinkedHashSet<>(subjects)) {
            Text text = render(notice, languages.of(recipient).orElse(Language.DEFAULT));
            notifications.add(new Notification(Notification.idFor(cause, recipient), recipient, notice.kind(),
                    text.title(), text.body(), notice.targetType(), notice.targetId(), clock.instant(), null));
        }
    }

    @Override
    public void toAddress(String cause, Notice notice, EmailAddress address) {
        mailer.send(new OutgoingMail("mail/" + Notification.idFor(cause, address.value()), address,
                render(notice, Language.DEFAULT)));
    }

    private Text render(Notice notice, Language language) {
        return texts.render(notice.kind().name().toLowerCase(Locale.ROOT), language.locale(), notice.parameters());
    }
}
