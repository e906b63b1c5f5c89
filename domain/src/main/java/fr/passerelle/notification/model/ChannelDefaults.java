package fr.passerelle.notification.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The channels a person gets for a kind until they choose: notices asking them to act (an application received, a
 * signature awaited, a step due) also go by e-mail and push; the others, informational, by push. The rule goes by
 * the kind's family (the end of its name), so a kind added later is covered without editing this table, and anything
 * no family claims falls back to the informational default — the quieter one. In the app is always added.
 */
public final class ChannelDefaults {

    /** Name endings of the kinds that ask the recipient to do something. */
    static final List<String> ACTION_REQUIRED = List.of("_RECEIVED", "_PROPOSED", "_EXTENDED", "_EXPIRING",
            "_AWAITED", "_TO_SIGN", "_TO_COSIGN", "_DUE", "_OVERDUE", "_REQUESTED",
            /* a webhook endpoint turned off: its owner must fix and re-enable it */ "_ENDPOINT_DISABLED");

    private static final Set<NotificationChannel> TO_ACT = EnumSet.of(NotificationChannel.IN_APP,
            NotificationChannel.EMAIL, NotificationChannel.PUSH);
    private static final Set<NotificationChannel> TO_KNOW = EnumSet.of(NotificationChannel.IN_APP,
            NotificationChannel.PUSH);

    private ChannelDefaults() {
    }

    public static boolean actionRequired(NotificationKind kind) {
        return actionRequired(kind.name());
    }

    static boolean actionRequired(String kindName) {
        return ACTION_REQUIRED.stream().anyMatch(kindName::endsWith);
    }

    public static Set<NotificationChannel> of(NotificationKind kind) {
        return Set.copyOf(actionRequired(kind) ? TO_ACT : TO_KNOW);
    }
}
