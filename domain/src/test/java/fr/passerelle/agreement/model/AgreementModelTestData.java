package fr.passerelle.agreement.model;

import static fr.passerelle.agreement.model.AgreementStatus.CANCELLED;
import static fr.passerelle.agreement.model.AgreementStatus.COMPLETED;
import static fr.passerelle.agreement.model.AgreementStatus.DRAFT;
import static fr.passerelle.agreement.model.AgreementStatus.INTERRUPTED;
import static fr.passerelle.agreement.model.AgreementStatus.IN_PROGRESS;
import static fr.passerelle.agreement.model.AgreementStatus.OUT_FOR_SIGNATURE;
import static fr.passerelle.agreement.model.AgreementStatus.SIGNED;
import static fr.passerelle.agreement.model.AgreementStatus.UNDER_VALIDATION;

import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.ProposedGratification;
import fr.passerelle.agreement.rules.WeekPattern;
import fr.passerelle.agreement.rules.WeeklySchedule;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builders for the agreement model tests. The default agreement is a full-time internship from 1 April to 30 June
 * 2025 (a month after {@link Fixtures#NOW}) with the mixed circuit of the brief: the learner alone, then the company
 * and school signatories together, then the tutor. Times are minutes after {@link Fixtures#NOW} ({@link #at}).
 */
final class AgreementModelTestData {

    static final Instant NOW = Fixtures.NOW;
    static final LocalDate START = LocalDate.of(2025, 4, 1);
    static final LocalDate END = LocalDate.of(2025, 6, 30);

    static final String AGREEMENT_ID = "agreement-1";
    static final String APPLICATION_ID = "application-1";
    static final String LEARNER_ID = "learner-1";
    static final String LEARNER_SUBJECT = "learner-subject-1";
    static final String SCHOOL_ID = "school-1";
    static final String COMPANY_ID = "company-1";
    static final String CREATED_BY = "teacher-1";

    /** Signatory ids of the circuits. */
    static final String LEARNER = "learner";
    static final String COMPANY = "company-signatory";
    static final String SCHOOL = "school-signatory";
    static final String TUTOR = "tutor";
    static final String REFERENT = "referent";

    static final String HASH_V1 = sha256("agreement, first version");
    static final String HASH_V2 = sha256("agreement, second version");
    static final String SCAN = sha256("scan of the paper copy signed by the school");
    static final String AMENDMENT_HASH = sha256("amendment: two more weeks");

    static final String AMENDMENT_1 = "amendment-1";
    static final String AMENDMENT_2 = "amendment-2";

    static final Signatory.Delegate TUTOR_DELEGATE = new Signatory.Delegate("Paul Girard",
            "paul.girard@atelier.example", "kc-paul", "the tutor is on leave");

    /**
     * The lifecycle as the enum's and the aggregate's documentation describe it, written out again so the tests do
     * not read the graph from the code they check.
     */
    static final Map<AgreementStatus, Set<AgreementStatus>> DOCUMENTED_MOVES = Map.of(
            DRAFT, EnumSet.of(UNDER_VALIDATION, CANCELLED),
            UNDER_VALIDATION, EnumSet.of(DRAFT, OUT_FOR_SIGNATURE, CANCELLED),
            OUT_FOR_SIGNATURE, EnumSet.of(DRAFT, SIGNED, CANCELLED),
            SIGNED, EnumSet.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, EnumSet.of(COMPLETED, INTERRUPTED),
            COMPLETED, EnumSet.noneOf(AgreementStatus.class),
            INTERRUPTED, EnumSet.noneOf(AgreementStatus.class),
            CANCELLED, EnumSet.noneOf(AgreementStatus.class));

    private static final Map<String, Signatory> SIGNATORIES = Map.of(
            LEARNER, new Signatory(LEARNER, SignatoryRole.LEARNER, "Léa Martin", "lea@example.fr", "kc-lea", null),
            COMPANY, new Signatory(COMPANY, SignatoryRole.COMPANY_SIGNATORY, "Claire Dubois",
                    "claire@atelier.example", "kc-claire", null),
            SCHOOL, new Signatory(SCHOOL, SignatoryRole.SCHOOL_SIGNATORY, "Nadia Benali", "direction@lycee.example",
                    null, null),
            TUTOR, new Signatory(TUTOR, SignatoryRole.TUTOR, "Marc Petit", "marc@atelier.example", "kc-marc", null),
            REFERENT, new Signatory(REFERENT, SignatoryRole.REFERENT, "Hugo Moreau", "hugo@lycee.example",
                    "kc-hugo", null));

    private AgreementModelTestData() {
    }

    static Instant at(int minutesAfterNow) {
        return NOW.plus(minutesAfterNow, ChronoUnit.MINUTES);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- circuits -----------------------------------------------------------------------------------------------

    /** One of the known signatories: {@link #LEARNER}, {@link #COMPANY}, {@link #SCHOOL}, {@link #TUTOR}… */
    static Signatory signatory(String id) {
        Signatory known = SIGNATORIES.get(id);
        if (known == null) {
            throw new IllegalArgumentException("no test signatory " + id);
        }
        return known;
    }

    static SigningCircuit.Step step(String... signatoryIds) {
        return new SigningCircuit.Step(Arrays.stream(signatoryIds).map(AgreementModelTestData::signatory).toList());
    }

    static SigningCircuit circuit(SigningCircuit.Step... steps) {
        return new SigningCircuit(List.of(steps));
    }

    /** The learner alone; then the company and school signatories in parallel; then the tutor. */
    static SigningCircuit mixedCircuit() {
        return circuit(step(LEARNER), step(COMPANY, SCHOOL), step(TUTOR));
    }

    /** The circuit of the amendments: the learner, then the company and school signatories together. */
    static SigningCircuit amendmentCircuit() {
        return circuit(step(LEARNER), step(COMPANY, SCHOOL));
    }

    // --- parties and terms --------------------------------------------------------------------------------------

    /** A new, equal instance on each call. */
    static Parties parties() {
        return new Parties(
                new Party("Léa Martin", "lea@example.fr", "Élève de BTS"),
                null,
                new Party("Atelier du Son", "contact@atelier.example", null),
                "12345678900011",
                new Party("Claire Dubois", "claire@atelier.example", "Gérante"),
                new Party("Marc Petit", "marc@atelier.example", "Chef d'atelier"),
                new Party("Lycée Lumière", "contact@lycee.example", null),
                new Party("Nadia Benali", "direction@lycee.example", "Proviseure"),
                new Party("Hugo Moreau", "hugo@lycee.example", "Professeur référent"));
    }

    static TermsBuilder terms() {
        return new TermsBuilder();
    }

    /** The terms of the amendments: the same internship two weeks longer. */
    static AgreementTerms extendedTerms() {
        return terms().endingOn(END.plusWeeks(2)).build();
    }

    /** Each build is a new, equal instance. */
    static final class TermsBuilder {

        private LocalDate start = START;
        private LocalDate end = END;
        private String activities = "Assister l'ingénieur du son en studio et en concert";

        private TermsBuilder() {
        }

        TermsBuilder startingOn(LocalDate newStart) {
            this.start = newStart;
            return this;
        }

        TermsBuilder endingOn(LocalDate newEnd) {
            this.end = newEnd;
            return this;
        }

        TermsBuilder activities(String newActivities) {
            this.activities = newActivities;
            return this;
        }

        AgreementTerms build() {
            return new AgreementTerms(
                    InternshipPeriod.inFrance(start, end, WeeklySchedule.regular(WeekPattern.FULL_TIME)),
                    activities, List.of("Câbler une scène", "Mixer un concert"), false, false,
                    new ProposedGratification.Hourly(new Money(435, Currency.getInstance("EUR"))),
                    "Virement mensuel", "Tickets restaurant", "Régime étudiant", "Deux jours de congé",
                    "Selon l'article 9", "Grille d'évaluation du BTS", List.of("12 rue des Arts, 69001 Lyon"));
        }
    }

    // --- agreements in each status ------------------------------------------------------------------------------

    static Agreement draft() {
        return Agreement.draft(AGREEMENT_ID, APPLICATION_ID, LEARNER_ID, LEARNER_SUBJECT, SCHOOL_ID, COMPANY_ID, parties(),
                terms().build(), mixedCircuit(), CREATED_BY, NOW);
    }

    /** The default agreement brought to {@code status} the way the lifecycle goes, one minute per step. */
    static Agreement agreementIn(AgreementStatus status) {
        return switch (status) {
            case DRAFT -> draft();
            case UNDER_VALIDATION -> draft().submittedForValidation(at(1));
            case OUT_FOR_SIGNATURE -> agreementIn(UNDER_VALIDATION).sentForSignature(HASH_V1, at(2));
            case SIGNED -> signedByEveryone(agreementIn(OUT_FOR_SIGNATURE), HASH_V1, at(3));
            case IN_PROGRESS -> agreementIn(SIGNED).started(START, at(4));
            case COMPLETED -> agreementIn(IN_PROGRESS).completed(at(5));
            case INTERRUPTED -> agreementIn(IN_PROGRESS).interrupted("Rupture à l'initiative du stagiaire", AgreementModelTestData.START,
                    InterruptionInitiative.INTERN, AgreementModelTestData.END, at(5));
            case CANCELLED -> draft().cancelled(at(1));
        };
    }

    // --- signatures ---------------------------------------------------------------------------------------------

    /** An electronic signature of the first version by {@code signatoryId} under their own name, to adjust. */
    static Sign sign(String signatoryId) {
        return new Sign(signatoryId);
    }

    /** The mixed circuit signed in order; the school signs on paper. */
    static Agreement signedByEveryone(Agreement agreement, String sha256, Instant now) {
        return agreement
                .signed(sign(LEARNER).of(sha256), now)
                .signed(sign(COMPANY).of(sha256), now)
                .signed(sign(SCHOOL).of(sha256).onPaper(SCAN), now)
                .signed(sign(TUTOR).of(sha256), now);
    }

    /** One signature, applied to a document; by default electronic, of {@link #HASH_V1}, at {@link #NOW}. */
    static final class Sign implements UnaryOperator<SignedDocument> {

        private final String signatoryId;
        private String sha256 = HASH_V1;
        private SignatureMethod method = SignatureMethod.ELECTRONIC;
        private String scanSha256;
        private String signedBy;
        private String recordedBy;
        private Instant signedAt = NOW;

        private Sign(String signatoryId) {
            this.signatoryId = signatoryId;
            Signatory known = SIGNATORIES.get(signatoryId);
            this.signedBy = known != null ? known.name() : signatoryId;
            this.recordedBy = known != null && known.subject() != null ? known.subject() : "kc-" + signatoryId;
        }

        /** The hash of the document the signer saw. */
        Sign of(String documentSha256) {
            this.sha256 = documentSha256;
            return this;
        }

        /** A paper signature recorded by the school office with the hash of its scan. */
        Sign onPaper(String scan) {
            this.method = SignatureMethod.PAPER;
            this.scanSha256 = scan;
            this.recordedBy = "kc-school-office";
            return this;
        }

        /** Who actually signed, e.g. a delegate. */
        Sign by(String name, String account) {
            this.signedBy = name;
            this.recordedBy = account;
            return this;
        }

        Sign at(Instant instant) {
            this.signedAt = instant;
            return this;
        }

        @Override
        public SignedDocument apply(SignedDocument document) {
            return document.signedBy(signatoryId, method, signedBy, recordedBy, sha256, scanSha256, signedAt);
        }
    }

    // --- amendments ---------------------------------------------------------------------------------------------

    /** Proposes the {@link #extendedTerms()} round the {@link #amendmentCircuit()}. */
    static Agreement amend(Agreement agreement, String amendmentId, Instant now) {
        return agreement.amended(amendmentId, "Deux semaines de plus", extendedTerms(), amendmentCircuit(),
                AMENDMENT_HASH, CREATED_BY, now);
    }

    static Agreement amendmentSignedBy(Agreement agreement, String amendmentId, String signatoryId, Instant now) {
        return agreement.amendmentSigned(amendmentId, sign(signatoryId).of(AMENDMENT_HASH), now);
    }

    static Agreement amendmentSignedByEveryone(Agreement agreement, String amendmentId, Instant now) {
        Agreement signed = agreement;
        for (String signatoryId : List.of(LEARNER, COMPANY, SCHOOL)) {
            signed = amendmentSignedBy(signed, amendmentId, signatoryId, now);
        }
        return signed;
    }
}
