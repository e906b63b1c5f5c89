package fr.passerelle.agreement.model;

import fr.passerelle.agreement.rules.InternshipConditions;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The clauses of Code de l'éducation art. D124-4 that the agreement's terms hold as free text and that a draft may
 * still leave empty: the skills to acquire (3°), how the gratification is paid when there is one (8°), social
 * protection (9°), leave and authorised absence (L124-13), suspension and termination, and the evaluation. The
 * activities, dates, schedule and places are required from the first draft; the benefits are stated "le cas échéant"
 * and may stay empty. Sending for signature (an agreement or an amendment) requires every one of them.
 */
public final class MandatoryClauses {

    private MandatoryClauses() {
    }

    /** The input names of the mandatory clauses {@code terms} leaves empty, in the order D124-4 lists them. */
    public static List<String> missing(AgreementTerms terms) {
        List<String> missing = new ArrayList<>();
        if (terms.skillsToAcquire().isEmpty()) {
            missing.add("skillsToAcquire");
        }
        if (terms.gratification() != null && blank(terms.paymentTerms())) {
            missing.add("paymentTerms");
        }
        if (blank(terms.socialProtection())) {
            missing.add("socialProtection");
        }
        if (blank(terms.leaveAndAbsence())) {
            missing.add("leaveAndAbsence");
        }
        if (blank(terms.suspensionAndTermination())) {
            missing.add("suspensionAndTermination");
        }
        if (blank(terms.evaluation())) {
            missing.add("evaluation");
        }
        return missing;
    }

    /** Refuses terms with an empty mandatory clause: one user error per clause, under {@code prefix}. */
    public static void requireFilled(AgreementTerms terms, String prefix) {
        List<Violation> violations = missing(terms).stream()
                .map(clause -> Violation.of(prefix + clause, ErrorCode.LEGAL_RULE,
                        "error.agreement.clause-missing", InternshipConditions.clauseLabel(clause),
                        Message.of("finding.article.mandatory-clauses")))
                .toList();
        if (!violations.isEmpty()) {
            throw new BusinessRuleViolation(violations);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
