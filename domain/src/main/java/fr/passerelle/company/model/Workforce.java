package fr.passerelle.company.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The host's workforce as declared for the interns quota (Code de l'éducation, art. L124-8, R124-10 and R124-12).
 * The platform cannot count a company's employees: a recruiter of the company (or a platform admin) declares them, and
 * the declaration stays dated so that a reader knows how old the figure is.
 *
 * @param headcount        the workforce as R124-12 defines it: the higher of the people employed on the last day of
 *                         the previous calendar month and their average over the previous twelve months
 * @param asOf             the day the headcount refers to
 * @param internsElsewhere the interns the host takes in at once under agreements not made on the platform: they
 *                         count toward the quota in every week, as declared on {@code asOf}
 * @param declaredBy       the subject of the person who declared it
 * @param declaredAt       when it was declared
 */
public record Workforce(int headcount, LocalDate asOf, int internsElsewhere, String declaredBy, Instant declaredAt) {

    public Workforce {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(declaredBy, "declaredBy");
        Objects.requireNonNull(declaredAt, "declaredAt");
        if (headcount < 0 || internsElsewhere < 0) {
            throw new IllegalArgumentException("a workforce is never negative");
        }
    }

    /** The same figures, whoever declared them and when: declaring them again changes nothing. */
    public boolean sameFigures(Workforce other) {
        return other != null && headcount == other.headcount && internsElsewhere == other.internsElsewhere
                && asOf.equals(other.asOf);
    }
}
