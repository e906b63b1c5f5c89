package fr.passerelle.agreement.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The intern's final report, co-signed by the tutor (through their account or their final evaluation link).
 *
 * @param cosignedBy the tutor's name as it signed; null until co-signed
 */
public record FinalReport(String summary, String submittedBy, Instant submittedAt, String cosignedBy,
                          Instant cosignedAt) {

    public FinalReport {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    public boolean cosigned() {
        return cosignedAt != null;
    }

    FinalReport cosigned(String by, Instant now) {
        return cosigned() ? this : new FinalReport(summary, submittedBy, submittedAt, by, now);
    }
}
