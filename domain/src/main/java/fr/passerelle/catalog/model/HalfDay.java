package fr.passerelle.catalog.model;

/** The two halves of a training day: attendance is signed per half-day. */
public enum HalfDay { MORNING, AFTERNOON }
