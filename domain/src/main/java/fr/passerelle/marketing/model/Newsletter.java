package fr.passerelle.marketing.model;

import fr.passerelle.notification.model.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A newsletter: the platform's marketing mail, written by a platform admin and sent to everyone who ever decided on
 * marketing e-mail — each checked at send time, so only those who agree then receive it.
 */
public record Newsletter(String id, Text text, String createdBy, Instant createdAt) {

    public Newsletter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
