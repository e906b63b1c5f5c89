package fr.passerelle.notification.model;

import java.util.Map;
import java.util.Objects;

/**
 * What to tell people, before it is rendered for each reader: the kind (which names the text template), the values
 * its placeholders name, and the object it is about.
 *
 * @param targetType the type of the object it is about ({@code Agreement}), or null
 * @param targetId   that object's id, or null
 */
public record Notice(NotificationKind kind, Map<String, String> parameters, String targetType, String targetId) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        parameters = Map.copyOf(parameters);
    }
}
