package fr.passerelle.catalog.model;

/**
 * A session's life: planned, open for enrollment, running, closed; or cancelled before it closes. "Full" is not a
 * state: an open session whose seats are all held is full ({@link Session#isFull()}).
 */
public enum SessionState { PLANNED, OPEN, RUNNING, CLOSED, CANCELLED }
