package fr.passerelle.agreement.rules;

import fr.passerelle.shared.i18n.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the agreement says about the intern and its clauses, beyond the period: the facts the clause rules (L124-13,
 * D124-4) and the rules for minor interns (L124-14 with the Code du travail) need.
 *
 * @param internBirthDate     the intern's date of birth; null when unknown (the rules for minors are then not checked,
 *                            as for an adult)
 * @param legalRepresentative whether the agreement names a legal representative, who signs for a minor (D124-4)
 * @param nightPresence       the agreement's clause on presence at night (D124-4 6°). The schedule records minutes per
 *                            day, not times of day, so this clause is what says whether the intern is present between
 *                            22:00 and 6:00
 * @param missingClauses      the input names of the mandatory clauses the agreement leaves empty
 *                            ({@code leaveAndAbsence}, {@code socialProtection}…), in the order D124-4 lists them
 */
public record InternshipConditions(LocalDate internBirthDate, boolean legalRepresentative, boolean nightPresence,
                                   List<String> missingClauses) {

    /** The input name of the leave and authorised absence clause (L124-13). */
    public static final String LEAVE_CLAUSE = "leaveAndAbsence";

    /** Nothing known about the intern, no night presence, every clause stated: the rules needing more stay silent. */
    public static final InternshipConditions UNSTATED = new InternshipConditions(null, false, false, List.of());

    /** Each mandatory clause's name for a reader, by its input name. */
    private static final Map<String, String> CLAUSE_LABELS = Map.of(
            "skillsToAcquire", "finding.clause.skills-to-acquire",
            "paymentTerms", "finding.clause.payment-terms",
            "socialProtection", "finding.clause.social-protection",
            LEAVE_CLAUSE, "finding.clause.leave-and-absence",
            "suspensionAndTermination", "finding.clause.suspension-and-termination",
            "evaluation", "finding.clause.evaluation");

    public InternshipConditions {
        missingClauses = List.copyOf(Objects.requireNonNull(missingClauses, "missingClauses"));
    }

    /** The name of a mandatory clause, given by its input name, in the reader's language. */
    public static Message clauseLabel(String clause) {
        String key = CLAUSE_LABELS.get(clause);
        if (key == null) {
            throw new IllegalArgumentException("not a mandatory clause: " + clause);
        }
        return Message.of(key);
    }

    /** Whether the agreement states its leave and authorised absence clause. */
    public boolean leaveClause() {
        return !missingClauses.contains(LEAVE_CLAUSE);
    }
}
