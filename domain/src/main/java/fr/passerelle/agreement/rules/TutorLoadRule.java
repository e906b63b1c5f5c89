package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.RuleFinding.Figure;
import fr.passerelle.agreement.rules.RuleFinding.Unit;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.model.DateRange;
import java.util.List;

/**
 * The host's tutor follows at most {@value #MAX_INTERNS_PER_TUTOR} interns at once. L124-9 has the host designate a
 * tutor and leaves the number to a decree; decree 2015-1359 of 26 October 2015 set it in art. R124-13: a person cannot
 * be designated tutor when already tutor in three agreements in progress on the day the designation takes effect.
 *
 * <p>Checked as: on no day of this internship does the tutor follow more than three internships, this one included.
 * That is the decree's test applied to every designation at once (the number in progress only rises on a start day),
 * so an agreement starting later that would be the fourth is caught too. Internships that follow one another, even
 * many, are fine.
 *
 * <p>The tutor's other internships are often other schools' agreements, which the reader of this one may not see: the
 * finding says only whether the maximum would be passed, never how many interns the tutor follows nor when (varying
 * the dates then tells "in conflict" or not, and nothing more).
 */
final class TutorLoadRule {

    static final String ID = "TUTOR_LOAD";
    static final Message ARTICLE = Message.of("finding.article.tutor-load");

    /** R124-13. */
    static final int MAX_INTERNS_PER_TUTOR = 3;

    private TutorLoadRule() {
    }

    /** @param tutorOtherInternships the tutor's other internships in the host; null when unknown */
    static RuleFinding check(DateRange internship, List<DateRange> tutorOtherInternships) {
        if (tutorOtherInternships == null) {
            return new RuleFinding(ID, ARTICLE, Severity.INFO, Message.of("finding.tutor-load.unknown"), List.of());
        }
        int peak = Concurrency.peak(internship, tutorOtherInternships);
        List<Figure> figures = List.of(new Figure("limit", MAX_INTERNS_PER_TUTOR, Unit.INTERNS));
        if (peak > MAX_INTERNS_PER_TUTOR) {
            return new RuleFinding(ID, ARTICLE, Severity.BLOCKING,
                    Message.of("finding.tutor-load.over", MAX_INTERNS_PER_TUTOR), figures);
        }
        return new RuleFinding(ID, ARTICLE, Severity.INFO,
                Message.of("finding.tutor-load.within", MAX_INTERNS_PER_TUTOR), figures);
    }
}
