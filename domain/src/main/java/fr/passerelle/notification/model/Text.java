package fr.passerelle.notification.model;

/** A rendered message: a title (or mail subject) and a plain-text body. */
public record Text(String title, String body) {
}
