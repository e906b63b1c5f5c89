package fr.passerelle.agreement.persistence;

import static fr.passerelle.persistence.Fixtures.T0;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.model.Amendment.AmendmentStatus;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.model.Attestation;
import fr.passerelle.agreement.model.EvaluationKind;
import fr.passerelle.agreement.model.EvaluationLink;
import fr.passerelle.agreement.model.FollowUpItem;
import fr.passerelle.agreement.model.FollowUpKind;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.model.InterruptionInitiative;
import fr.passerelle.agreement.model.ObjectiveRating;
import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.model.Party;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.agreement.model.SignedDocument;
import fr.passerelle.agreement.model.SigningCircuit;
import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.ProposedGratification;
import fr.passerelle.agreement.rules.ScheduleException.AbsenceKind;
import fr.passerelle.agreement.rules.ScheduleException;
import fr.passerelle.agreement.rules.WeekPattern;
import fr.passerelle.agreement.rules.WeeklySchedule;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Builders for the agreement persistence tests. The default agreement is a draft of learner-1 (school-a) with
 * company-1, a regular full-time internship from 6 April to 26 June 2026, signed by the learner, then the company
 * signatory, then the school signatory. Each test sets only what it is about. Instants carry milliseconds (what
 * MongoDB stores), so round trips compare exactly; built directly, not through the lifecycle, so any status and
 * any mix of fields can be stored.
 */
final class AgreementData {

    static final LocalDate START = LocalDate.of(2026, 4, 6);
    static final LocalDate END = LocalDate.of(2026, 6, 26);
    static final Currency EUR = Currency.getInstance("EUR");
    /** The tokens of the links of {@link #fullFollowUp}: only their hashes are stored. */
    static final String MID_TERM_TOKEN = "mid-term-token";
    static final String FINAL_TOKEN = "final-token";

    private AgreementData() {
    }

    static AgreementBuilder agreement(String id) {
        return new AgreementBuilder(id);
    }

    static String sha256(String text) {
        return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    }

    static Instant at(long millisAfterT0) {
        return T0.plusMillis(millisAfterT0);
    }

    /** An instant the day after the internship ended, when the tutor may give both evaluations. */
    static Instant afterTheEnd(long millis) {
        return END.plusDays(1).atTime(10, 0).atZone(PlatformCalendar.ZONE).toInstant().plusMillis(millis);
    }

    /**
     * An agreement with every field set: a minor's representative, a rotating schedule with both kinds of absence
     * and extra presence, an hourly gratification; a circuit of three steps whose company signatory delegated,
     * signed over two versions, electronically and on paper; a signed amendment (monthly flat gratification, abroad)
     * and a withdrawn one with a signatory of its own; interrupted, with its reason and the host's initiative.
     */
    static Agreement fullAgreement(String id) {
        Signatory learner = signatory("learner", SignatoryRole.LEARNER, "Léa Martin", "Lea.Martin@Example.fr",
                "sub-lea");
        Signatory company = signatory("company_signatory", SignatoryRole.COMPANY_SIGNATORY, "Claire Dubois",
                "claire@atelier.example", null).delegatedTo(new Signatory.Delegate("Paul Girard",
                "PAUL.GIRARD@atelier.example", "sub-paul", "la gérante est en congé"));
        Signatory representative = signatory("legal_representative", SignatoryRole.LEGAL_REPRESENTATIVE,
                "Sophie Martin", "sophie.martin@example.fr", null);
        Signatory school = signatory("school_signatory", SignatoryRole.SCHOOL_SIGNATORY, "Nadia Benali",
                "direction@lycee.example", null);
        SigningCircuit circuit = new SigningCircuit(List.of(new SigningCircuit.Step(List.of(learner, representative)),
                new SigningCircuit.Step(List.of(company)), new SigningCircuit.Step(List.of(school))));
        String v1 = sha256("agreement, version 1");
        String v2 = sha256("agreement, version 2");
        SignedDocument signing = SignedDocument.unsent(circuit).sent(v1)
                .signedBy("learner", SignatureMethod.ELECTRONIC, "Léa Martin", "sub-lea", v1, null, at(1_001))
                .recalled().sent(v2)
                .signedBy("learner", SignatureMethod.ELECTRONIC, "Léa Martin", "sub-lea", v2, null, at(2_002))
                .signedBy("legal_representative", SignatureMethod.PAPER, "Sophie Martin", "sub-teacher", v2,
                        sha256("scan of the representative's copy"), at(3_003))
                .signedBy("company_signatory", SignatureMethod.ELECTRONIC, "Paul Girard", "sub-paul", v2, null,
                        at(4_004))
                .signedBy("school_signatory", SignatureMethod.PAPER, "Nadia Benali", "sub-teacher", v2,
                        sha256("scan of the school's copy"), at(5_005));
        AgreementTerms amended = terms(new InternshipPeriod(START, END.plusWeeks(2),
                WeeklySchedule.regular(WeekPattern.FULL_TIME), "BE", List.of(), false),
                new ProposedGratification.MonthlyFlat(new Money(70_000, EUR)));
        String amendmentHash = sha256("amendment 1");
        Amendment signedAmendment = new Amendment("amendment-1", 1, "Deux semaines de plus, à Bruxelles", amended,
                AmendmentStatus.SIGNED, SignedDocument.unsent(new SigningCircuit(List.of(
                        new SigningCircuit.Step(List.of(learner)), new SigningCircuit.Step(List.of(school)))))
                .sent(amendmentHash)
                .signedBy("learner", SignatureMethod.ELECTRONIC, "Léa Martin", "sub-lea", amendmentHash, null,
                        at(7_007))
                .signedBy("school_signatory", SignatureMethod.ELECTRONIC, "Nadia Benali", "sub-nadia",
                        amendmentHash, null, at(8_008)), "sub-teacher", at(6_006));
        String withdrawnHash = sha256("amendment 2");
        Amendment withdrawn = new Amendment("amendment-2", 2, "Télétravail le vendredi", amended,
                AmendmentStatus.WITHDRAWN, SignedDocument.unsent(new SigningCircuit(List.of(new SigningCircuit.Step(
                        List.of(learner, signatory("tutor", SignatoryRole.TUTOR, "Marc Petit",
                                "Amendment.Tutor@atelier.example", "sub-marc")))))).sent(withdrawnHash)
                .signedBy("tutor", SignatureMethod.ELECTRONIC, "Marc Petit", "sub-marc", withdrawnHash, null,
                        at(10_010)), "sub-company", at(9_009));
        Parties parties = new Parties(party("Léa Martin", "Lea.Martin@Example.fr", "Élève de BTS"),
                party("Sophie Martin", "sophie.martin@example.fr", "Mère"),
                party("Atelier du Son", "contact@atelier.example", "SARL"), "12345678900011",
                party("Claire Dubois", "claire@atelier.example", "Gérante"),
                party("Marc Petit", "Marc.Petit@Atelier.example", "Chef d'atelier"),
                party("Lycée Lumière", "contact@lycee.example", "Lycée public"),
                party("Nadia Benali", "direction@lycee.example", "Proviseure"),
                party("Hugo Moreau", "hugo@lycee.example", "Professeur référent"));
        return new Agreement(id, "application-" + id, "learner-1", "sub-lea", "school-a", "company-1", parties,
                terms(rotatingPeriod(), new ProposedGratification.Hourly(new Money(435, EUR))),
                AgreementStatus.INTERRUPTED, signing, List.of(signedAmendment, withdrawn),
                "Rupture à l'initiative de l'entreprise", java.time.LocalDate.of(2025, 5, 16), InterruptionInitiative.HOST,
                "sub-teacher", T0,
                at(11_011), 0);
    }

    /**
     * A follow-up with every field set: a step done with notes, objectives, the mid-term evaluation given through
     * its link, the final one's link revoked and the evaluation entered by the tutor's account, the report co-signed,
     * the credits validated and the certificate issued.
     */
    static InternshipFollowUp fullFollowUp(Agreement agreement) {
        InternshipFollowUp opened = InternshipFollowUp.openedFor(agreement, at(20_000));
        EvaluationLink midTermLink = new EvaluationLink("link-1", sha256(MID_TERM_TOKEN), "marc.petit@atelier.example",
                at(21_000), at(1_000_000_000), "sub-teacher", null);
        EvaluationLink finalLink = new EvaluationLink("link-2", sha256(FINAL_TOKEN), "marc.petit@atelier.example",
                at(24_000), at(2_000_000_000), "sub-teacher", null);
        return opened
                .withItem(FollowUpKind.ADAPTATION_CALL, item -> item.updated(FollowUpItem.Status.DONE, null,
                        START.plusDays(3), "Bonne intégration dans l'équipe", "sub-hugo", START.plusDays(4),
                        at(20_500)), at(20_500))
                .withItem(FollowUpKind.VISIT, item -> item.updated(FollowUpItem.Status.PLANNED,
                        START.plusDays(15), null, "Visite repoussée", "sub-hugo", START.plusDays(4), at(20_600)),
                        at(20_600))
                .withObjectives(List.of("Câbler une scène", "Mixer un concert"), at(20_700))
                .withLinkIssued(EvaluationKind.MID_TERM, midTermLink, at(21_000))
                .evaluated(EvaluationKind.MID_TERM, List.of(
                        new ObjectiveRating("1", ObjectiveRating.Level.ACQUIRED, "Autonome"),
                        new ObjectiveRating("2", ObjectiveRating.Level.IN_PROGRESS, null)), "Très bon début", "link",
                        afterTheEnd(22_000))
                .withLinkIssued(EvaluationKind.FINAL, finalLink, afterTheEnd(24_000))
                .withLinkRevoked(EvaluationKind.FINAL, afterTheEnd(25_000))
                .evaluated(EvaluationKind.FINAL, List.of(
                        new ObjectiveRating("1", ObjectiveRating.Level.MASTERED, null),
                        new ObjectiveRating("2", ObjectiveRating.Level.ACQUIRED, "Concert du 12 juin")), null,
                        "sub-marc", afterTheEnd(26_000))
                .withReport("Trois mois au studio : prise de son, mixage, câblage.", "sub-lea", afterTheEnd(27_000))
                .reportCosigned("Marc Petit", afterTheEnd(28_000))
                .ectsValidated(12, "sub-hugo", afterTheEnd(29_000))
                .attested(new Attestation(25_200, 60, new Money(180_000, EUR), sha256("certificate"), "sub-hugo",
                        afterTheEnd(30_000)), afterTheEnd(30_000));
    }

    /** Week A full time, week B with a short Wednesday and a Saturday; leave, an illness and a Saturday worked. */
    private static InternshipPeriod rotatingPeriod() {
        WeekPattern weekB = WeekPattern.days(420, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)
                .with(DayOfWeek.WEDNESDAY, 210).with(DayOfWeek.SATURDAY, 240);
        return new InternshipPeriod(START, END, WeeklySchedule.rotating(WeekPattern.FULL_TIME, weekB), "FR", List.of(
                new ScheduleException.Absence(START.plusDays(10), 420, AbsenceKind.LEAVE),
                new ScheduleException.ExtraPresence(START.plusDays(12), 180),
                new ScheduleException.Absence(START.plusDays(30), 210, AbsenceKind.OTHER)), true);
    }

    private static AgreementTerms terms(InternshipPeriod period, ProposedGratification gratification) {
        return new AgreementTerms(period, "Assister l'ingénieur du son en studio et en concert",
                List.of("Câbler une scène", "Mixer un concert"), true, false, gratification, "Virement mensuel",
                "Tickets restaurant", "Régime étudiant", "Deux jours de congé par mois", "Selon l'article 9",
                "Grille d'évaluation du BTS", List.of("12 rue des Arts, 69001 Lyon", "Zénith de Lyon"));
    }

    private static Party party(String name, String email, String function) {
        return new Party(name, email, function);
    }

    private static Signatory signatory(String id, SignatoryRole role, String name, String email, String subject) {
        return new Signatory(id, role, name, email, subject, null);
    }

    /** An agreement with only what the tests of lists and lookups vary. */
    static final class AgreementBuilder {

        private final String id;
        private String applicationId;
        private String learnerId = "learner-1";
        private String learnerSubject = "sub-learner-1";
        private String schoolId = "school-a";
        private String companyId = "company-1";
        private AgreementStatus status = AgreementStatus.DRAFT;
        private String tutorEmail = "tutor@company.example";
        private String companySignatoryEmail = "signatory@company.example";
        private String delegateEmail;
        private String amendmentSignatoryEmail;
        private Instant createdAt = T0;

        private AgreementBuilder(String id) {
            this.id = id;
            this.applicationId = "application-" + id;
        }

        AgreementBuilder application(String value) {
            applicationId = value;
            return this;
        }

        AgreementBuilder learner(String value) {
            learnerId = value;
            return this;
        }

        AgreementBuilder subject(String value) {
            learnerSubject = value;
            return this;
        }

        AgreementBuilder school(String value) {
            schoolId = value;
            return this;
        }

        AgreementBuilder company(String value) {
            companyId = value;
            return this;
        }

        AgreementBuilder status(AgreementStatus value) {
            status = value;
            return this;
        }

        AgreementBuilder tutorEmail(String value) {
            tutorEmail = value;
            return this;
        }

        AgreementBuilder companySignatoryEmail(String value) {
            companySignatoryEmail = value;
            return this;
        }

        /** The company signatory delegates to someone with this e-mail. */
        AgreementBuilder delegateEmail(String value) {
            delegateEmail = value;
            return this;
        }

        /** An open amendment whose circuit adds a signatory with this e-mail. */
        AgreementBuilder amendmentSignatoryEmail(String value) {
            amendmentSignatoryEmail = value;
            return this;
        }

        AgreementBuilder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        Agreement build() {
            Signatory company = signatory("company_signatory", SignatoryRole.COMPANY_SIGNATORY, "Claire Dubois",
                    companySignatoryEmail, null);
            if (delegateEmail != null) {
                company = company.delegatedTo(new Signatory.Delegate("Paul Girard", delegateEmail, null, "congé"));
            }
            List<Signatory> signatories = List.of(
                    signatory("learner", SignatoryRole.LEARNER, "Léa Martin", "learner@example.fr", learnerSubject),
                    company,
                    signatory("school_signatory", SignatoryRole.SCHOOL_SIGNATORY, "Nadia Benali",
                            "direction@school.example", null));
            SigningCircuit circuit = new SigningCircuit(signatories.stream()
                    .map(s -> new SigningCircuit.Step(List.of(s))).toList());
            AgreementTerms terms = terms(InternshipPeriod.inFrance(START, END,
                    WeeklySchedule.regular(WeekPattern.FULL_TIME)), null);
            List<Amendment> amendments = new ArrayList<>();
            if (amendmentSignatoryEmail != null) {
                amendments.add(new Amendment("amendment-1", 1, "Prolongation", terms,
                        AmendmentStatus.OUT_FOR_SIGNATURE, SignedDocument.unsent(new SigningCircuit(List.of(
                                new SigningCircuit.Step(List.of(signatory("tutor", SignatoryRole.TUTOR, "Marc Petit",
                                        amendmentSignatoryEmail, null)))))).sent(sha256("amendment")),
                        "sub-teacher", createdAt));
            }
            Parties parties = new Parties(party("Léa Martin", "learner@example.fr", null), null,
                    party("Atelier du Son", null, null), null, party("Claire Dubois", companySignatoryEmail, null),
                    party("Marc Petit", tutorEmail, null), party("Lycée Lumière", null, null),
                    party("Nadia Benali", "direction@school.example", null), party("Hugo Moreau", null, null));
            return new Agreement(id, applicationId, learnerId, learnerSubject, schoolId, companyId, parties, terms,
                    status, SignedDocument.unsent(circuit), amendments, null, null, null, "sub-teacher", createdAt, createdAt,
                    0);
        }
    }
}
