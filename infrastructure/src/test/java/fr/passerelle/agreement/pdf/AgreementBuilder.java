package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.model.Attestation;
import fr.passerelle.agreement.model.InterruptionInitiative;
import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.model.Party;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.Signature;
import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.SignedDocument;
import fr.passerelle.agreement.model.SigningCircuit;
import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.MonthlyGratification;
import fr.passerelle.agreement.rules.Presence;
import fr.passerelle.agreement.rules.ProposedGratification;
import fr.passerelle.agreement.rules.RuleFinding;
import fr.passerelle.agreement.rules.RulesReport;
import fr.passerelle.agreement.rules.ScheduleException;
import fr.passerelle.agreement.rules.Severity;
import fr.passerelle.agreement.rules.WeekPattern;
import fr.passerelle.agreement.rules.WeeklySchedule;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.Money;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A realistic agreement for a minor intern in a garage: two-week rotation, one leave day and one extra half day, an
 * hourly gratification, a three-step circuit with a delegation. Each setter changes one thing for one test.
 */
final class AgreementBuilder {

    static final String ID = "agr-2026-0042";
    static final LocalDate START = LocalDate.of(2026, 9, 7);
    static final LocalDate END = LocalDate.of(2026, 12, 18);
    static final Instant UPDATED_AT = Instant.parse("2026-06-15T08:30:00Z");
    static final Instant ISSUED_AT = Instant.parse("2026-12-21T09:00:00Z");
    static final Instant SIGNED_AT = Instant.parse("2026-06-20T07:15:00Z");
    static final ParticularsSource PARTICULARS = agreement -> new Particulars(
            Address.of("4 avenue Berthelot", "69007", "Lyon", "FR", null),
            Address.of("12 rue des Forges", "69007", "Lyon", "FR", null),
            Address.of("Via Roma 3", "10121", "Torino", "IT", null),
            "BTS Conception et réalisation de systèmes automatiques (niveau 5, 24 mois)", 2027);

    private String learnerName = "Léa Martin";
    private String tutorName = "Marc Leroy";
    private String companyName = "Atelier Dupont SAS";
    private String activities = "Diagnostic et maintenance des systèmes automatisés de la ligne d'emboutissage.";
    private List<String> skills = List.of("Lire un schéma électrique", "Conduire une maintenance préventive");
    private LocalDate end = END;
    private ProposedGratification gratification = new ProposedGratification.Hourly(euros(450));
    private AgreementStatus status = AgreementStatus.UNDER_VALIDATION;
    private int sentVersions;
    private String interruption;
    private InterruptionInitiative initiative;
    private Instant updatedAt = UPDATED_AT;

    static AgreementBuilder anAgreement() {
        return new AgreementBuilder();
    }

    static Money euros(long cents) {
        return new Money(cents, Currency.getInstance("EUR"));
    }

    AgreementBuilder learnerNamed(String name) {
        this.learnerName = name;
        return this;
    }

    AgreementBuilder tutorNamed(String name) {
        this.tutorName = name;
        return this;
    }

    AgreementBuilder companyNamed(String name) {
        this.companyName = name;
        return this;
    }

    AgreementBuilder activities(String text) {
        this.activities = text;
        return this;
    }

    AgreementBuilder skills(List<String> list) {
        this.skills = list;
        return this;
    }

    AgreementBuilder endingOn(LocalDate date) {
        this.end = date;
        return this;
    }

    AgreementBuilder gratification(ProposedGratification proposed) {
        this.gratification = proposed;
        return this;
    }

    /** Sent for signature that many times already: the next document is version {@code versions + 1}. */
    AgreementBuilder sentVersions(int versions) {
        this.sentVersions = versions;
        return this;
    }

    /** Interrupted at {@code when}, its last change, at the initiative {@code by} (null: not stated). */
    AgreementBuilder interrupted(String reason, InterruptionInitiative by, Instant when) {
        this.status = AgreementStatus.INTERRUPTED;
        this.interruption = reason;
        this.initiative = by;
        this.updatedAt = when;
        return this;
    }

    /**
     * Version 1 signed by the whole circuit: the legal representative on paper (scan hash "b…b"), everyone else
     * electronically, from {@link #SIGNED_AT} on, a minute apart.
     */
    Agreement signedByEveryone(String documentSha256) {
        List<Signature> signatures = new ArrayList<>();
        Instant at = SIGNED_AT;
        for (Signatory signatory : circuit().signatories()) {
            boolean paper = signatory.role() == SignatoryRole.LEGAL_REPRESENTATIVE;
            String signer = signatory.delegate() != null ? signatory.delegate().name() : signatory.name();
            signatures.add(new Signature(signatory.id(), signatory.role(),
                    paper ? SignatureMethod.PAPER : SignatureMethod.ELECTRONIC, signer, "sub-" + signatory.id(), at,
                    1, documentSha256, paper ? "b".repeat(64) : null));
            at = at.plusSeconds(60);
        }
        return new Agreement(ID, "app-7", "learner-1", "sub-learner", "school-1", "company-1", parties(), terms(),
                AgreementStatus.SIGNED, new SignedDocument(circuit(), 1, documentSha256, signatures, true), List.of(),
                null, null, null, "sub-school", UPDATED_AT.minusSeconds(86_400), at, 9);
    }

    Agreement build() {
        SignedDocument signing = new SignedDocument(circuit(), sentVersions,
                sentVersions == 0 ? null : "0".repeat(64), List.of(), false);
        return new Agreement(ID, "app-7", "learner-1", "sub-learner", "school-1", "company-1", parties(), terms(),
                status, signing, List.of(), interruption, null, initiative, "sub-school", UPDATED_AT.minusSeconds(86_400),
                updatedAt, 3);
    }

    AgreementTerms terms() {
        WeekPattern weekA = WeekPattern.FULL_TIME;
        WeekPattern weekB = WeekPattern.FULL_TIME.with(DayOfWeek.WEDNESDAY, 210);
        InternshipPeriod period = new InternshipPeriod(START, end, WeeklySchedule.rotating(weekA, weekB), "FR",
                List.of(new ScheduleException.Absence(LocalDate.of(2026, 10, 12), 420,
                                ScheduleException.AbsenceKind.LEAVE),
                        new ScheduleException.ExtraPresence(LocalDate.of(2026, 10, 17), 240)),
                false);
        return new AgreementTerms(period, activities, skills, false, true, gratification,
                "Virement mensuel avant le 5 du mois suivant.", "Accès au restaurant d'entreprise.",
                "Le stagiaire reste affilié au régime étudiant ; accident du travail couvert par l'établissement.",
                "Deux jours de congé avec l'accord du tuteur.",
                "Suspension possible pour raison de santé, résiliation après concertation des parties.",
                "Grille d'évaluation remplie par le tuteur à la fin du stage.",
                List.of("12 rue des Forges, 69007 Lyon", "Zone industrielle Nord, 69120 Vaulx-en-Velin"));
    }

    Parties parties() {
        return new Parties(new Party(learnerName, "lea.martin@etu.example.fr", "Élève de BTS CRSA"),
                new Party("Paul Martin", "paul.martin@example.fr", "Père"),
                new Party(companyName, "contact@atelier-dupont.example.fr", null), "12345678900012",
                new Party("Claire Dupont", "claire.dupont@atelier-dupont.example.fr", "Gérante"),
                new Party(tutorName, "marc.leroy@atelier-dupont.example.fr", "Chef d'atelier"),
                new Party("Lycée Jean Moulin", "ce.0690001a@example.fr", null),
                new Party("Anne Roche", "anne.roche@example.fr", "Proviseure"),
                new Party("Hugo Petit", "hugo.petit@example.fr", "Professeur de génie mécanique"));
    }

    static SigningCircuit circuit() {
        Signatory companySignatory = new Signatory("s3", SignatoryRole.COMPANY_SIGNATORY, "Claire Dupont",
                "claire.dupont@atelier-dupont.example.fr", null, null)
                .delegatedTo(new Signatory.Delegate("Julien Noir", "julien.noir@atelier-dupont.example.fr", null,
                        "Congés de la gérante"));
        return new SigningCircuit(List.of(
                new SigningCircuit.Step(List.of(
                        new Signatory("s1", SignatoryRole.LEARNER, "Léa Martin", "lea.martin@etu.example.fr", null,
                                null),
                        new Signatory("s2", SignatoryRole.LEGAL_REPRESENTATIVE, "Paul Martin",
                                "paul.martin@example.fr", null, null))),
                new SigningCircuit.Step(List.of(companySignatory,
                        new Signatory("s4", SignatoryRole.TUTOR, "Marc Leroy", null, null, null))),
                new SigningCircuit.Step(List.of(
                        new Signatory("s5", SignatoryRole.SCHOOL_SIGNATORY, "Anne Roche", null, null, null),
                        new Signatory("s6", SignatoryRole.REFERENT, "Hugo Petit", null, null, null)))));
    }

    /** 333 h 20 of presence: 47 days and 4 h 20, 2 months and 3 days; one month of minimum gratification. */
    static RulesReport rules() {
        return new RulesReport(new Presence(20_000),
                List.of(new RuleFinding("TUTOR_LOAD", Message.of("finding.article.tutor-load"), Severity.INFO,
                                Message.of("finding.tutor-load.within", 3), List.of()),
                        new RuleFinding("HOLIDAY_DATA", Message.of("finding.article.holiday-data"), Severity.WARNING,
                                Message.of("finding.holiday-data.unknown", "FR", "2027"), List.of())),
                List.of(new MonthlyGratification(YearMonth.of(2026, 9), 8_820, euros(435), euros(63_945)),
                        new MonthlyGratification(YearMonth.of(2026, 10), 9_450, euros(435), euros(68_513))));
    }

    Amendment amendment(int number, String reason) {
        return new Amendment("amd-" + number, number, reason, terms(), Amendment.AmendmentStatus.OUT_FOR_SIGNATURE,
                SignedDocument.unsent(circuit()), "sub-school", Instant.parse("2026-11-02T14:00:00Z"));
    }

    static Attestation attestation() {
        return new Attestation(20_000, 47, euros(280_000), null, "sub-company", ISSUED_AT);
    }
}
