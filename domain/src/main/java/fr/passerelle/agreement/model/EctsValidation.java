package fr.passerelle.agreement.model;

import java.time.Instant;

/** The ECTS credits the school validated for the internship. */
public record EctsValidation(int credits, String validatedBy, Instant validatedAt) {

    /** A full academic year is 60 credits; an internship never earns more. */
    public static final int MAX_CREDITS = 60;
}
