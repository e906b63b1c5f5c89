package fr.passerelle.notification.service;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.PushDevice;
import fr.passerelle.notification.model.PushPlatform;
import fr.passerelle.notification.port.in.PushDeviceUseCases;
import fr.passerelle.notification.port.out.PushDevices;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/** Registers and forgets the caller's push devices. */
public class PushDeviceService implements PushDeviceUseCases {

    /** Push tokens of every service are printable ASCII without spaces (base64url, hex, colons, URLs). */
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]+");

    private final PushDevices devices;
    private final Clock clock;

    public PushDeviceService(PushDevices devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    @Override
    public PushDevice register(Actor actor, PushPlatform platform, String token) {
        PushDevice device = PushDevice.register(actor.subject(), platform, checked(token), clock.instant());
        devices.register(device);
        // The cap is kept after the write: two registrations at once may both see room, and the next one trims.
        devices.ofSubject(actor.subject()).stream().skip(PushDevice.MAX_PER_PERSON)
                .forEach(oldest -> devices.remove(actor.subject(), oldest.id()));
        return device;
    }

    @Override
    public boolean unregister(Actor actor, String token) {
        return token != null && token.length() <= PushDevice.MAX_TOKEN_LENGTH && devices.remove(actor.subject(), PushDevice.idOf(token));
    }

    @Override
    public List<PushDevice> mine(Actor actor) {
        return devices.ofSubject(actor.subject());
    }

    private static String checked(String token) {
        if (token == null || token.isBlank()) {
            throw BusinessRuleViolation.of("token", ErrorCode.REQUIRED, "error.value.required");
        }
        if (token.length() > PushDevice.MAX_TOKEN_LENGTH) {
            throw BusinessRuleViolation.of("token", ErrorCode.TOO_LONG,
                    "error.text.too-long", PushDevice.MAX_TOKEN_LENGTH);
        }
        if (!TOKEN.matcher(token).matches()) {
            throw BusinessRuleViolation.of("token", ErrorCode.INVALID, "error.push.token-invalid");
        }
        return token;
    }
}
