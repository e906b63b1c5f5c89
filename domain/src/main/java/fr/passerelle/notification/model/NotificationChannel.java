package fr.passerelle.notification.model;

/** How a notification reaches a person. In the app, always; by e-mail and push when they (or the defaults) say so. */
public enum NotificationChannel {
    /** Stored in the person's inbox and relayed live; cannot be turned off. */
    IN_APP,
    /** Mailed to the person's address, at once or in the daily digest. */
    EMAIL,
    /** Pushed to the person's registered mobile and web devices. */
    PUSH
}
