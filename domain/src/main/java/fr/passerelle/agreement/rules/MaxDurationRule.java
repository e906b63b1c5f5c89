package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.RuleFinding.Figure;
import fr.passerelle.agreement.rules.RuleFinding.Unit;
import fr.passerelle.shared.i18n.Message;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Code de l'éducation, art. L124-5: "La durée du ou des stages ... effectués par un même stagiaire dans un même
 * organisme d'accueil ne peut excéder six mois par année d'enseignement", the months counted by D124-6: at most
 * {@value #MAX_MONTHS} × 154 h = 924 h of presence per learner, per host, per academic year, every agreement of the
 * learner with the host in that year added up.
 *
 * <p>Readings: 924 h exactly is allowed and one minute more is over ({@link Presence#exceeds}); presence belongs to
 * the academic year of the day it happens, so an internship across 31 August is checked in each of its years.
 *
 * <p>Not modelled: the exceptions L124-5 itself makes (gap year "césure", trainings listed by decree); an agreement
 * under one of them must not go through this rule.
 *
 * <p>The intern's other agreements with the host may be another school's: the finding gives this agreement's presence
 * and whether the total passes the cap, never the total nor the others' share.
 */
final class MaxDurationRule {

    static final String ID = "MAX_DURATION";
    static final Message ARTICLE = Message.of("finding.article.max-duration");

    /** Six months per academic year (L124-5). */
    static final int MAX_MONTHS = 6;
    /** 924 h: {@value #MAX_MONTHS} months of 22 days of 7 hours. */
    static final Presence LIMIT = Presence.ofMonths(MAX_MONTHS);

    private MaxDurationRule() {
    }

    /**
     * @param ownPresenceByYear  this internship's presence in each academic year it falls in
     * @param hostPresenceByYear for each of those years, the learner's presence with the host: this internship's part
     *                           plus the other agreements'
     */
    static RuleFinding check(SortedMap<AcademicYear, Presence> ownPresenceByYear,
                             SortedMap<AcademicYear, Presence> hostPresenceByYear) {
        Map.Entry<AcademicYear, Presence> decisive = decisiveYear(hostPresenceByYear);
        AcademicYear year = decisive.getKey();
        long own = ownPresenceByYear.getOrDefault(year, Presence.NONE).totalMinutes();
        List<Figure> figures = List.of(new Figure("presenceMinutes", own, Unit.MINUTES),
                new Figure("limitMinutes", LIMIT.totalMinutes(), Unit.MINUTES));
        Duration limit = Duration.ofMinutes(LIMIT.totalMinutes());
        Duration planned = Duration.ofMinutes(own);
        if (decisive.getValue().exceeds(LIMIT)) {
            return new RuleFinding(ID, ARTICLE, Severity.BLOCKING,
                    Message.of("finding.max-duration.over", year.toString(), limit, MAX_MONTHS, planned), figures);
        }
        return new RuleFinding(ID, ARTICLE, Severity.INFO,
                Message.of("finding.max-duration.within", year.toString(), limit, MAX_MONTHS, planned), figures);
    }

    /** The first year over the limit; otherwise the year with the most presence (the earliest on a tie). */
    private static Map.Entry<AcademicYear, Presence> decisiveYear(SortedMap<AcademicYear, Presence> byYear) {
        Map.Entry<AcademicYear, Presence> decisive = null;
        for (Map.Entry<AcademicYear, Presence> year : byYear.entrySet()) {
            if (year.getValue().exceeds(LIMIT)) {
                return year;
            }
            if (decisive == null || year.getValue().exceeds(decisive.getValue())) {
                decisive = year;
            }
        }
        return decisive;
    }
}
