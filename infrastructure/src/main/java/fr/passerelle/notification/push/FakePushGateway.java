package fr.passerelle.notification.push;

import fr.passerelle.notification.model.PushMessage;
import fr.passerelle.notification.model.PushOutcome;
import fr.passerelle.notification.model.PushPlatform;
import fr.passerelle.notification.port.out.PushGateway;
import fr.passerelle.notification.port.out.PushUnavailableException;
import fr.passerelle.notification.port.out.SentPushes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The push services as a fake, for dev and tests (no push service is reachable from here). It answers the way FCM
 * (HTTP v1) and APNs do for what Passerelle must handle, and records what it accepted instead of delivering it:
 * <ul>
 *   <li>a token the service no longer knows — the app was uninstalled ({@link #uninstall}) — answers
 *       {@link PushOutcome#TOKEN_INVALID} (FCM 404 {@code UNREGISTERED}, APNs 410 {@code Unregistered});</li>
 *   <li>an iOS token that is not 64 hexadecimal digits answers {@link PushOutcome#TOKEN_INVALID} (APNs 400
 *       {@code BadDeviceToken});</li>
 *   <li>an outage ({@link #outage}) throws {@link PushUnavailableException} (FCM 503 {@code UNAVAILABLE}, APNs 503):
 *       the caller retries later;</li>
 *   <li>a payload above 4 KB is refused as a bug of the sender (FCM 400 {@code INVALID_ARGUMENT} on the message,
 *       APNs 413 {@code PayloadTooLarge}), not as a bad token.</li>
 * </ul>
 * It keeps the latest {@link #KEPT} accepted pushes (oldest dropped first) for {@code GET /dev/push}.
 */
public class FakePushGateway implements PushGateway, SentPushes {

    /** FCM's and APNs' limit on a notification's payload. */
    static final int MAX_PAYLOAD_BYTES = 4_096;
    static final int KEPT = 1_000;
    private static final Pattern APNS_TOKEN = Pattern.compile("[0-9a-fA-F]{64}");

    private final Clock clock;
    private final Deque<SentPush> accepted = new ArrayDeque<>();
    private final Set<String> uninstalled = new HashSet<>();
    private boolean down;

    public FakePushGateway(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized PushOutcome send(PushMessage message) {
        if (down) {
            throw new PushUnavailableException("the push service is unavailable (fake outage)");
        }
        if (payloadBytes(message) > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("push payload above " + MAX_PAYLOAD_BYTES + " bytes");
        }
        if (uninstalled.contains(message.token())
                || message.platform() == PushPlatform.IOS && !APNS_TOKEN.matcher(message.token()).matches()) {
            return PushOutcome.TOKEN_INVALID;
        }
        accepted.addLast(new SentPush(message, clock.instant()));
        if (accepted.size() > KEPT) {
            accepted.removeFirst();
        }
        return PushOutcome.ACCEPTED;
    }

    @Override
    public synchronized List<SentPush> recent() {
        return List.copyOf(accepted);
    }

    /** The app holding this token was uninstalled: the service will answer that it is unregistered. */
    public synchronized void uninstall(String token) {
        uninstalled.add(token);
    }

    /** Starts or ends an outage of the service. */
    public synchronized void outage(boolean unavailable) {
        down = unavailable;
    }

    private static int payloadBytes(PushMessage message) {
        return utf8(message.title()) + utf8(message.body()) + utf8(message.notificationId())
                + utf8(message.targetType()) + utf8(message.targetId()) + utf8(message.collapseKey());
    }

    private static int utf8(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
