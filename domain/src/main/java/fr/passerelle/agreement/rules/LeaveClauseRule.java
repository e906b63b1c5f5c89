package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.RuleFinding.Figure;
import fr.passerelle.agreement.rules.RuleFinding.Unit;
import fr.passerelle.shared.i18n.Message;
import java.time.Duration;
import java.util.List;

/**
 * Code de l'éducation, art. L124-13: "En cas de grossesse, ... et pour les stages et les périodes de formation en
 * milieu professionnel d'une durée supérieure à deux mois, la convention de stage prévoit la possibilité de congés et
 * d'autorisations d'absence au bénéfice du stagiaire", a clause D124-4 lists among the mandatory ones. Over two months
 * of this internship's presence (over 308 h, D124-6, read to the minute as for the gratification), an agreement
 * without its leave and absence clause is refused; at or under two months the clause is still one D124-4 asks for
 * before sending ({@link MandatoryClauses}).
 */
final class LeaveClauseRule {

    static final String ID = "LEAVE_CLAUSE";
    static final Message ARTICLE = Message.of("finding.article.leave-clause");

    /** Above two months of presence (L124-13), as for the gratification. */
    static final Presence THRESHOLD = GratificationRule.THRESHOLD;

    private LeaveClauseRule() {
    }

    static RuleFinding check(Presence internship, boolean leaveClause) {
        List<Figure> figures = List.of(new Figure("presenceMinutes", internship.totalMinutes(), Unit.MINUTES),
                new Figure("thresholdMinutes", THRESHOLD.totalMinutes(), Unit.MINUTES));
        Duration presence = Duration.ofMinutes(internship.totalMinutes());
        Duration threshold = Duration.ofMinutes(THRESHOLD.totalMinutes());
        if (!internship.exceeds(THRESHOLD)) {
            return new RuleFinding(ID, ARTICLE, Severity.INFO,
                    Message.of("finding.leave-clause.short", presence, threshold), figures);
        }
        if (!leaveClause) {
            return new RuleFinding(ID, ARTICLE, Severity.BLOCKING,
                    Message.of("finding.leave-clause.missing", presence, threshold), figures);
        }
        return new RuleFinding(ID, ARTICLE, Severity.INFO,
                Message.of("finding.leave-clause.stated", presence, threshold), figures);
    }
}
