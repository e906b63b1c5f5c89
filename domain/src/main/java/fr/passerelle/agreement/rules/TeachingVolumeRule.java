package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.RuleFinding.Figure;
import fr.passerelle.agreement.rules.RuleFinding.Unit;
import fr.passerelle.shared.i18n.Message;
import java.util.List;

/**
 * Code de l'éducation, art. L124-1 and D124-2: internships "sont intégrés à un cursus pédagogique" which, to allow
 * them, "doit comporter un volume pédagogique minimal de formation en établissement ... de deux cents heures au
 * minimum par année d'enseignement". The school records each program's teaching hours per academic year; an agreement
 * whose intern follows a program below {@value #MINIMUM_HOURS_PER_YEAR} h is refused.
 *
 * <p>The intern's program, or its hours, not recorded: a warning, never a refusal — the school may not have entered
 * them yet, and a person should look.
 */
final class TeachingVolumeRule {

    static final String ID = "TEACHING_VOLUME";
    static final Message ARTICLE = Message.of("finding.article.teaching-volume");

    /** D124-2: two hundred hours of teaching per academic year at least. */
    static final int MINIMUM_HOURS_PER_YEAR = 200;

    private static final int MINUTES_PER_HOUR = 60;

    private TeachingVolumeRule() {
    }

    /** @param teachingHoursPerYear the intern's program's teaching hours per academic year; null when not recorded */
    static RuleFinding check(Integer teachingHoursPerYear) {
        if (teachingHoursPerYear == null) {
            return new RuleFinding(ID, ARTICLE, Severity.WARNING, Message.of("finding.teaching-volume.unknown",
                    MINIMUM_HOURS_PER_YEAR), List.of());
        }
        List<Figure> figures = List.of(
                new Figure("teachingMinutesPerYear", (long) teachingHoursPerYear * MINUTES_PER_HOUR, Unit.MINUTES),
                new Figure("minimumMinutesPerYear", (long) MINIMUM_HOURS_PER_YEAR * MINUTES_PER_HOUR, Unit.MINUTES));
        if (teachingHoursPerYear < MINIMUM_HOURS_PER_YEAR) {
            return new RuleFinding(ID, ARTICLE, Severity.BLOCKING, Message.of("finding.teaching-volume.below",
                    teachingHoursPerYear, MINIMUM_HOURS_PER_YEAR), figures);
        }
        return new RuleFinding(ID, ARTICLE, Severity.INFO, Message.of("finding.teaching-volume.enough",
                teachingHoursPerYear, MINIMUM_HOURS_PER_YEAR), figures);
    }
}
