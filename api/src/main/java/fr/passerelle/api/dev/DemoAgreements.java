package fr.passerelle.api.dev;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.model.Party;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.SigningCircuit;
import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.ProposedGratification;
import fr.passerelle.agreement.rules.WeekPattern;
import fr.passerelle.agreement.rules.WeeklySchedule;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A draft agreement for Léa at Garage Martin, written by MécaFormation, so that every persona of the demo has a part
 * to play: the school's admin submits and sends it, Léa and Garage Martin's recruiter sign it with their tokens (the
 * recruiter as the company's signatory, by e-mail), the tutor's signature is recorded on paper, the school signs last.
 */
final class DemoAgreements {

    static final String LEA_AT_GARAGE_MARTIN = "demo-agreement-lea-garage-martin";

    private DemoAgreements() {
    }

    /** Eight weeks from the first Monday a month ahead: 35 hours a week, Wednesday afternoons at school. */
    static Agreement leaDraft(Instant now) {
        LocalDate start = PlatformCalendar.dayOf(now).plusMonths(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        WeekPattern week = WeekPattern.FULL_TIME.with(DayOfWeek.WEDNESDAY, 210).with(DayOfWeek.THURSDAY, 630);
        AgreementTerms terms = new AgreementTerms(
                InternshipPeriod.inFrance(start, start.plusWeeks(8).minusDays(3), WeeklySchedule.regular(week)),
                "Diagnostic électronique et entretien courant des véhicules légers, sous la conduite du chef d'atelier.",
                List.of("Lire un code défaut", "Remplacer un kit de distribution"), false, false,
                new ProposedGratification.Hourly(new Money(450, Currency.getInstance("EUR"))),
                "Virement mensuel avant le 5 du mois suivant", "Tickets restaurant", "Accidents du travail : école",
                "Deux jours de congé", "Préavis d'une semaine", "Évaluation à mi-parcours et en fin de stage",
                List.of("Garage Martin, 12 rue de Gerland, 69007 Lyon"));
        Parties parties = new Parties(
                new Party("Léa Apprenante", DemoPersona.LEARNER.email(), null), null,
                new Party("Garage Martin", null, null), null,
                new Party(DemoPersona.RECRUITER_X.displayName(), DemoPersona.RECRUITER_X.email(), "Gérant"),
                new Party("Marc Martin", "tuteur@garage-martin.example", "Chef d'atelier"),
                new Party("MécaFormation Lyon", null, null),
                new Party(DemoPersona.SCHOOL_ADMIN_B.displayName(), DemoPersona.SCHOOL_ADMIN_B.email(), "Directeur"),
                new Party("Nadia Référente", "referente@mecaformation.example", "Professeure d'atelier"));
        SigningCircuit circuit = new SigningCircuit(List.of(
                step(signatory(SignatoryRole.LEARNER, parties.learner(), DemoPersona.LEARNER.subject())),
                step(signatory(SignatoryRole.COMPANY_SIGNATORY, parties.companySignatory(), null),
                        signatory(SignatoryRole.TUTOR, parties.tutor(), null)),
                step(signatory(SignatoryRole.REFERENT, parties.referent(), null)),
                step(signatory(SignatoryRole.SCHOOL_SIGNATORY, parties.schoolSignatory(), null))));
        return Agreement.draft(LEA_AT_GARAGE_MARTIN, null, DemoLearners.LEA, DemoPersona.LEARNER.subject(),
                DemoData.SCHOOL_B, DemoData.COMPANY_X, parties, terms, circuit, "system:demo-data", now);
    }

    private static SigningCircuit.Step step(Signatory... signatories) {
        return new SigningCircuit.Step(List.of(signatories));
    }

    private static Signatory signatory(SignatoryRole role, Party person, String subject) {
        return new Signatory(role.name().toLowerCase(Locale.ROOT), role, person.name(), person.email(),
                subject, null);
    }
}
