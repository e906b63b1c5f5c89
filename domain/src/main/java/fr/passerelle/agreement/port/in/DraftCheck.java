package fr.passerelle.agreement.port.in;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.rules.DraftFigures;
import fr.passerelle.agreement.rules.RulesReport;
import fr.passerelle.shared.validation.Violation;
import java.util.List;

/**
 * A draft checked as creating it would check it, with nothing stored: a form shows the rules while it is filled, and
 * a refused draft's figures are data, not only a sentence.
 *
 * @param problems            everything creating the draft would refuse it for now, each under its input path: the
 *                            draft's own problems, then one {@code LEGAL_RULE} error per blocking finding when its
 *                            terms could be checked; empty when creating it would succeed (barring a race)
 * @param report              every rule's finding; present whenever the terms are well formed, even when other parts
 *                            (the people, the circuit) are refused; null when the terms themselves are not
 * @param figures             the presence, the threshold day and the cap per academic year; present without the
 *                            report when the draft's period is well formed though other parts are not, null when
 *                            the period is not
 * @param gratificationsMadeDue the learner's earlier agreements with the host whose gratification this draft would
 *                            make mandatory, those the caller may read
 */
public record DraftCheck(List<Violation> problems, RulesReport report, DraftFigures figures,
                         List<Agreement> gratificationsMadeDue) {

    public DraftCheck {
        problems = List.copyOf(problems);
        gratificationsMadeDue = List.copyOf(gratificationsMadeDue);
    }
}
