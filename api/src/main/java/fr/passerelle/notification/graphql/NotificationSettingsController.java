package fr.passerelle.notification.graphql;

import fr.passerelle.api.graphql.ExpectedVersion;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.EmailDigest;
import fr.passerelle.notification.model.NotificationChannel;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.notification.port.in.NotificationSettingsUseCases;
import fr.passerelle.notification.port.in.NotificationSettingsUseCases.KindChannels;
import fr.passerelle.notification.port.in.NotificationSettingsUseCases.SettingsChange;
import fr.passerelle.shared.i18n.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The caller's own notification settings; there is no way to name anyone else's. */
@Controller
class NotificationSettingsController {

    /** GraphQL {@code NotificationSettings}: every kind listed, in the enum's order. */
    record SettingsView(Language language, EmailDigest emailDigest, List<KindChannelsView> channels, long version) {

        static SettingsView of(NotificationSettings settings) {
            return new SettingsView(settings.language(), settings.digest(), Arrays.stream(NotificationKind.values())
                    .map(kind -> new KindChannelsView(kind, settings.channels(kind).stream().sorted().toList(),
                            settings.isDefault(kind)))
                    .toList(), settings.version());
        }
    }

    /** GraphQL {@code NotificationKindChannels}. */
    record KindChannelsView(NotificationKind kind, List<NotificationChannel> channels, boolean isDefault) {
    }

    /** GraphQL {@code NotificationSettingsUpdateInput}. */
    record UpdateInput(Language language, EmailDigest emailDigest, List<KindChannels> channels) {
    }

    /** GraphQL {@code NotificationSettingsUpdatePayload}. */
    record UpdatePayload(List<UserErrorView> userErrors, SettingsView notificationSettings) {

        static UpdatePayload of(List<UserErrorView> userErrors, NotificationSettings settings) {
            return new UpdatePayload(userErrors, settings == null ? null : SettingsView.of(settings));
        }
    }

    private final NotificationSettingsUseCases settings;

    NotificationSettingsController(NotificationSettingsUseCases settings) {
        this.settings = settings;
    }

    @SchemaMapping(typeName = "Viewer", field = "notificationSettings")
    SettingsView notificationSettings(@ContextValue Actor actor) {
        return SettingsView.of(settings.mine(actor));
    }

    @MutationMapping
    UpdatePayload notificationSettingsUpdate(@Argument UpdateInput input, @Argument Long expectedVersion,
                                             @ContextValue Actor actor) {
        return Mutations.run("input", Set.of(ExpectedVersion.ARGUMENT), () -> settings.change(actor,
                new SettingsChange(input.language(), input.emailDigest(), input.channels(), expectedVersion)),
                UpdatePayload::of);
    }
}
