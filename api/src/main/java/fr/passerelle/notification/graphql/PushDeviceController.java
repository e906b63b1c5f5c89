package fr.passerelle.notification.graphql;

import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.PushDevice;
import fr.passerelle.notification.model.PushPlatform;
import fr.passerelle.notification.port.in.PushDeviceUseCases;
import java.time.Instant;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The caller's own push devices. Tokens come in, and only their beginning ever goes out. */
@Controller
class PushDeviceController {

    /** GraphQL {@code PushDevice}. */
    record DeviceView(PushPlatform platform, String tokenPrefix, Instant registeredAt) {

        static DeviceView of(PushDevice device) {
            return new DeviceView(device.platform(), device.truncatedToken(), device.registeredAt());
        }
    }

    /** GraphQL {@code PushDeviceRegisterInput}. */
    record RegisterInput(PushPlatform platform, String token) {

        @Override
        public String toString() {
            return "RegisterInput[platform=" + platform + "]";
        }
    }

    /** GraphQL {@code PushDeviceRegisterPayload}. */
    record RegisterPayload(List<UserErrorView> userErrors, DeviceView device) {

        static RegisterPayload of(List<UserErrorView> userErrors, PushDevice device) {
            return new RegisterPayload(userErrors, device == null ? null : DeviceView.of(device));
        }
    }

    /** GraphQL {@code PushDeviceUnregisterPayload}. */
    record UnregisterPayload(List<UserErrorView> userErrors, boolean unregistered) {
    }

    private final PushDeviceUseCases devices;

    PushDeviceController(PushDeviceUseCases devices) {
        this.devices = devices;
    }

    @SchemaMapping(typeName = "Viewer", field = "pushDevices")
    List<DeviceView> pushDevices(@ContextValue Actor actor) {
        return devices.mine(actor).stream().map(DeviceView::of).toList();
    }

    @MutationMapping
    RegisterPayload pushDeviceRegister(@Argument RegisterInput input, @ContextValue Actor actor) {
        return Mutations.run(() -> devices.register(actor, input.platform(), input.token()), RegisterPayload::of);
    }

    @MutationMapping
    UnregisterPayload pushDeviceUnregister(@Argument String token, @ContextValue Actor actor) {
        return new UnregisterPayload(List.of(), devices.unregister(actor, token));
    }
}
