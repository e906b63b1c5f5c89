package fr.passerelle.notification.model;

/** Where a push token comes from, which decides the service that delivers to it. */
public enum PushPlatform {
    /** Firebase Cloud Messaging registration token. */
    ANDROID,
    /** Apple Push Notification service device token. */
    IOS,
    /** A browser's push subscription, through FCM for web. */
    WEB
}
