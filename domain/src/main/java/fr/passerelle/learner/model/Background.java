package fr.passerelle.learner.model;

import fr.passerelle.shared.model.WebAddress;
import java.time.LocalDate;
import java.util.List;

/** Certifications, experience and portfolio: what a learner has done and can show. */
public record Background(List<Certification> certifications, List<Experience> experiences,
                         List<WebAddress> portfolio) {

    public static final Background NONE = new Background(List.of(), List.of(), List.of());

    public Background {
        certifications = List.copyOf(certifications);
        experiences = List.copyOf(experiences);
        portfolio = List.copyOf(portfolio);
    }

    /** A certification (CAP, Bac Pro, CACES…); {@code expiresOn} null when it does not expire. */
    public record Certification(String name, String issuer, LocalDate obtainedOn, LocalDate expiresOn) {

        public boolean isValidOn(LocalDate day) {
            return expiresOn == null || !expiresOn.isBefore(day);
        }
    }

    /** A period of work; {@code endDate} null while it lasts. */
    public record Experience(String title, String employer, ExperienceKind kind, LocalDate startDate,
                             LocalDate endDate, String description) {
    }

    /** Kinds of experience. */
    public enum ExperienceKind {
        /** An internship ("stage"). */
        INTERNSHIP,
        /** An apprenticeship ("alternance"). */
        APPRENTICESHIP,
        /** A job. */
        JOB,
        /** Volunteering. */
        VOLUNTEERING
    }
}
