package fr.passerelle.agreement.rules;

import fr.passerelle.shared.i18n.Message;
import java.util.List;

/**
 * Code de l'éducation, art. D124-4 lists the clauses every agreement carries. A draft may leave some empty while it is
 * written; sending it for signature requires them all (the document printed "Non précisé." in their place). So the
 * report warns, one finding per missing clause, naming it; the refusal itself comes when sending, with each missing
 * clause's field (see {@code MandatoryClauses} in the model).
 */
final class MandatoryClausesRule {

    static final String ID = "MANDATORY_CLAUSES";
    static final Message ARTICLE = Message.of("finding.article.mandatory-clauses");

    private MandatoryClausesRule() {
    }

    static List<RuleFinding> check(List<String> missingClauses) {
        if (missingClauses.isEmpty()) {
            return List.of(new RuleFinding(ID, ARTICLE, Severity.INFO, Message.of("finding.mandatory-clauses.all"),
                    List.of()));
        }
        return missingClauses.stream().map(clause -> new RuleFinding(ID, ARTICLE, Severity.WARNING,
                Message.of("finding.mandatory-clauses.missing", InternshipConditions.clauseLabel(clause)),
                List.of())).toList();
    }
}
