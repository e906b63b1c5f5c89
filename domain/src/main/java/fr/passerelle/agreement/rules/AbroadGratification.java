package fr.passerelle.agreement.rules;

import fr.passerelle.shared.i18n.Message;

/**
 * Abroad, the gratification rule's refusal becomes a warning. L124-6 and D124-8 are French law: whether their minimum
 * binds a host outside France (for an intern under a French school's agreement) is not settled by the texts — the
 * administration and the case law read here say nothing certain — so the platform neither refuses an agreement on
 * it nor keeps silent: the finding keeps its figures and its reasoning, and says that it is unsettled.
 */
final class AbroadGratification {

    private AbroadGratification() {
    }

    /** The gratification finding for an internship in {@code country}: as it is in France, softened elsewhere. */
    static RuleFinding qualify(RuleFinding finding, String country) {
        if (InternshipPeriod.FRANCE.equals(country) || !finding.blocking()) {
            return finding;
        }
        return new RuleFinding(finding.ruleId(), finding.article(), Severity.WARNING,
                Message.of("finding.gratification.abroad-unsettled", country, finding.message()), finding.figures());
    }
}
