package fr.passerelle.testing;

import fr.passerelle.notification.model.PushMessage;
import fr.passerelle.notification.model.PushOutcome;
import fr.passerelle.notification.port.out.PushGateway;
import fr.passerelle.notification.port.out.PushUnavailableException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@link PushGateway} that keeps what it accepts, answers "invalid" for tokens told so, and can be made unavailable. */
public class RecordingPushGateway implements PushGateway {

    private final List<PushMessage> sent = new ArrayList<>();
    private final Set<String> invalid = new HashSet<>();
    private boolean unavailable;

    @Override
    public PushOutcome send(PushMessage message) {
        if (unavailable) {
            throw new PushUnavailableException("push service unavailable (test)");
        }
        if (invalid.contains(message.token())) {
            return PushOutcome.TOKEN_INVALID;
        }
        sent.add(message);
        return PushOutcome.ACCEPTED;
    }

    public void invalidate(String token) {
        invalid.add(token);
    }

    public void unavailable(boolean down) {
        unavailable = down;
    }

    public List<PushMessage> sent() {
        return List.copyOf(sent);
    }
}
