package fr.passerelle.api.dev;

import fr.passerelle.notification.model.PushMessage;
import fr.passerelle.notification.model.PushPlatform;
import fr.passerelle.notification.port.out.SentPushes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads back the pushes the fake push gateway accepted (dev mode only; any authenticated caller). With a real push
 * adapter configured nothing is recorded, and the list is empty.
 */
@RestController
@ConditionalOnProperty(name = "passerelle.security.dev-issuer", havingValue = "true")
@Tag(name = "Development", description = "Helpers that exist only in dev mode")
class DevPushController {

    /** The beginning of a token shown: enough to match a device, not to push to it. */
    private static final int SHOWN = 8;

    /**
     * A push as developers and tests read it.
     *
     * @param tokenPrefix the beginning of the device token it went to
     */
    record PushView(PushPlatform platform, String tokenPrefix, String title, String body, String notificationId,
                    String targetType, String targetId, String collapseKey, Instant sentAt) {
    }

    private final ObjectProvider<SentPushes> pushes;

    DevPushController(ObjectProvider<SentPushes> pushes) {
        this.pushes = pushes;
    }

    @GetMapping("/dev/push")
    @Operation(summary = "Pushes sent by the platform", description = "The latest pushes the fake push gateway"
            + " accepted (at most 1,000), oldest first; `tokenPrefix` keeps only those sent to tokens starting so."
            + " Tokens are shown by their first 8 characters only.")
    List<PushView> pushes(@RequestParam(required = false) String tokenPrefix) {
        SentPushes recorded = pushes.getIfAvailable();
        if (recorded == null) {
            return List.of();
        }
        return recorded.recent().stream()
                .filter(sent -> tokenPrefix == null || sent.message().token().startsWith(tokenPrefix))
                .map(sent -> view(sent.message(), sent.sentAt()))
                .toList();
    }

    private static PushView view(PushMessage message, Instant sentAt) {
        String token = message.token();
        return new PushView(message.platform(), token.length() <= SHOWN ? "" : token.substring(0, SHOWN),
                message.title(), message.body(), message.notificationId(), message.targetType(),
                message.targetId(), message.collapseKey(), sentAt);
    }
}
