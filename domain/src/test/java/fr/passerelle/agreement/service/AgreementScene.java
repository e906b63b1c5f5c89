package fr.passerelle.agreement.service;

import static fr.passerelle.testing.Fixtures.NOW;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.Evaluation;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.port.in.AgreementDraft;
import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.CompanyProfile;
import fr.passerelle.company.model.Siret;
import fr.passerelle.company.model.Vetting;
import fr.passerelle.company.model.VettingStatus;
import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.model.StatusChange;
import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.port.out.Mailer;
import fr.passerelle.notification.port.out.Texts;
import fr.passerelle.privacy.port.out.RestrictedRecords;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.AgreementDrafts;
import fr.passerelle.testing.CountingSecretTokens;
import fr.passerelle.testing.FakeAgreementDocuments;
import fr.passerelle.testing.FakeTexts;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryAgreements;
import fr.passerelle.testing.InMemoryApplications;
import fr.passerelle.testing.InMemoryCompanies;
import fr.passerelle.testing.InMemoryDocumentArchive;
import fr.passerelle.testing.InMemoryFollowUps;
import fr.passerelle.testing.InMemoryLearners;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryOffers;
import fr.passerelle.testing.InMemorySchools;
import fr.passerelle.testing.MutableClock;
import fr.passerelle.testing.RecordingMailer;
import fr.passerelle.testing.RecordingReminders;
import fr.passerelle.testing.RecordingSignatureProvider;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The scene of the agreement use-case tests, seeded without events, its clock at {@link Fixtures#NOW} (Saturday
 * 1 March 2025) until a test moves it:
 * <ul>
 * <li>school A and school B, each with a staff member; company C (Studio Rhône, the host) with a recruiter, company D
 * with a member;</li>
 * <li>{@link #lea}, a learner of school A with an account ({@code lea}, verified e-mail), born in 2003, and
 * {@link #theo}, a learner of school B with an account;</li>
 * <li>the people the drafts of {@link AgreementDrafts} name, signed in with their verified e-mail and no membership:
 * the company signatory, the tutor, the referent and the school signatory;</li>
 * <li>an advisor and a platform admin.</li>
 * </ul>
 * The default circuit's signatories have the ids {@link #LEARNER}, {@link #COMPANY_SIGNATORY}, {@link #TUTOR},
 * {@link #REFERENT} and {@link #SCHOOL_SIGNATORY}; {@link #signer} says who signs for each.
 */
final class AgreementScene {

    enum Who {
        STAFF_A, STAFF_B, RECRUITER, OTHER_COMPANY_MEMBER, LEARNER, OTHER_LEARNER, ADVISOR, PLATFORM_ADMIN,
        COMPANY_SIGNATORY, TUTOR, REFERENT, SCHOOL_SIGNATORY
    }

    static final String SCHOOL_A = "school-a";
    static final String SCHOOL_B = "school-b";
    static final String COMPANY_C = "company-c";
    static final String COMPANY_D = "company-d";
    static final String COMPANY_C_SIRET = "81234567800013";
    static final String FORM_URL = "https://passerelle.test/evaluation?token=";

    /** Signatory ids of the default circuit. */
    static final String LEARNER = "learner";
    static final String LEGAL_REPRESENTATIVE = "legal_representative";
    static final String COMPANY_SIGNATORY = "company_signatory";
    static final String TUTOR = "tutor";
    static final String SCHOOL_SIGNATORY = "school_signatory";
    static final String REFERENT = "referent";

    /** The default circuit in its order, each signatory id with who signs it. */
    static final List<Map.Entry<String, Who>> DEFAULT_SIGNERS = List.of(Map.entry(LEARNER, Who.LEARNER),
            Map.entry(COMPANY_SIGNATORY, Who.COMPANY_SIGNATORY), Map.entry(TUTOR, Who.TUTOR),
            Map.entry(REFERENT, Who.REFERENT), Map.entry(SCHOOL_SIGNATORY, Who.SCHOOL_SIGNATORY));

    final MutableClock clock = new MutableClock();
    final InMemoryAgreements agreements = new InMemoryAgreements();
    final InMemoryFollowUps followUps = new InMemoryFollowUps();
    final InMemoryDocumentArchive archive = new InMemoryDocumentArchive();
    final InMemoryApplications applications = new InMemoryApplications();
    final InMemoryLearners learners = new InMemoryLearners();
    final InMemoryCompanies companies = new InMemoryCompanies();
    final InMemorySchools schools = new InMemorySchools();
    final InMemoryMemberships memberships = new InMemoryMemberships();
    final InMemoryOffers offers = new InMemoryOffers();
    final FakeAgreementDocuments documents = new FakeAgreementDocuments();
    final RecordingSignatureProvider signatures = new RecordingSignatureProvider(clock);
    final CountingSecretTokens tokens = new CountingSecretTokens();
    final RecordingMailer mailer = new RecordingMailer();
    final RecordingReminders reminders = new RecordingReminders();
    final EventFactory events = new EventFactory(Fixtures.countingIds("event-"), clock);
    final AgreementRules rules = AgreementRules.withLegalDefaults(agreements, learners, schools, companies, clock);
    final FollowUpOpener opener = new FollowUpOpener(agreements, followUps, events, clock);
    final EvaluationMail mail = new EvaluationMail(followUps, mailer,
            FakeTexts.alsoKnowing("evaluation_link", "evaluation_reminder"), reminders, token -> FORM_URL + token,
            clock);
    /** Records a legal hold restricts, as {@code collection/id}; what the privacy marks hold in production. */
    final Set<String> held = new HashSet<>();
    /** How many times a read path asked for the marks. */
    final AtomicInteger markQueries = new AtomicInteger();
    final RestrictedRecords restrictions = (collection, ids) -> {
        markQueries.incrementAndGet();
        return ids.stream().filter(id -> held.contains(collection + "/" + id)).collect(Collectors.toSet());
    };
    final AgreementService service = new AgreementService(agreements, applications, learners, companies, schools,
            rules, documents, archive, signatures, opener, new AcceptedOffers(offers, companies, memberships),
            restrictions, Fixtures.countingIds("id-"), events, clock);
    final FollowUpService followUpService = new FollowUpService(agreements, followUps, rules, documents, archive,
            tokens, restrictions, mail, Fixtures.countingIds("link-"), events, clock);
    final Learner lea;
    final Learner theo;
    private final Map<Who, Actor> actors = new EnumMap<>(Who.class);

    AgreementScene() {
        schools.seed(school(SCHOOL_A, "École A"));
        schools.seed(school(SCHOOL_B, "École B"));
        companies.seed(company(COMPANY_C, "Studio Rhône", COMPANY_C_SIRET));
        companies.seed(company(COMPANY_D, "Son du Sud", "52345678900016"));
        lea = seed(learner("learner-lea", "lea", "Léa", SCHOOL_A, LocalDate.of(2003, 5, 12)));
        theo = seed(learner("learner-theo", "theo", "Théo", SCHOOL_B, LocalDate.of(2002, 1, 20)));

        actors.put(Who.STAFF_A, member("staff-a", Tenant.school(SCHOOL_A), MembershipRole.SCHOOL_STAFF));
        actors.put(Who.STAFF_B, member("staff-b", Tenant.school(SCHOOL_B), MembershipRole.SCHOOL_STAFF));
        actors.put(Who.RECRUITER, member("recruiter-c", Tenant.company(COMPANY_C), MembershipRole.RECRUITER));
        actors.put(Who.OTHER_COMPANY_MEMBER, member("recruiter-d", Tenant.company(COMPANY_D),
                MembershipRole.RECRUITER));
        actors.put(Who.LEARNER, Actors.learner("lea"));
        actors.put(Who.OTHER_LEARNER, Actors.learner("theo"));
        actors.put(Who.ADVISOR, Actors.advisor());
        actors.put(Who.PLATFORM_ADMIN, Actors.platformAdmin());
        actors.put(Who.COMPANY_SIGNATORY, byEmail("claire", AgreementDrafts.COMPANY_SIGNATORY));
        actors.put(Who.TUTOR, byEmail("marc", AgreementDrafts.TUTOR));
        actors.put(Who.REFERENT, byEmail("hugo", AgreementDrafts.REFERENT));
        actors.put(Who.SCHOOL_SIGNATORY, byEmail("nadia", AgreementDrafts.SCHOOL_SIGNATORY));
    }

    Actor as(Who who) {
        return actors.get(who);
    }

    // --- learners and applications ---

    Learner seed(Learner learner) {
        learners.seed(learner);
        return learner;
    }

    /** A learner with an account whose e-mail is {@link Actors#emailOf} their subject. */
    static Learner learner(String id, String subject, String firstName, String schoolId, LocalDate birthDate) {
        var academic = new Academic(schoolId, "ext-" + id, "BTS-SON", 2026, List.of(), List.of(), List.of());
        var identity = new LearnerIdentity(firstName, "Martin", Actors.emailOf(subject), null, birthDate, null);
        return Learner.register(id, subject, identity, LearnerType.STUDENT, ArrivalSource.SCHOOL_IMPORT, academic,
                "seed", NOW);
    }

    /** The learner's application to an offer of company C, stored in that status. */
    Application application(Learner learner, ApplicationStatus status) {
        var application = new Application("application-" + learner.id(), "offer-c-1", COMPANY_C, learner.id(),
                learner.subject(), learner.academic().schoolId(), 1, "Bonjour", Set.of(ProfilePart.values()),
                status, List.of(new StatusChange(status, NOW, learner.subject(), null)), null, NOW, NOW, 0);
        applications.seed(application);
        return application;
    }

    /** Léa's accepted application to company C. */
    Application accepted() {
        return application(lea, ApplicationStatus.ACCEPTED);
    }

    // --- agreements through the use cases ---

    /** Léa's agreement with company C from her accepted application, written by school A's staff. */
    Agreement draft(AgreementDrafts.Builder draft) {
        return service.createFromApplication(as(Who.STAFF_A), accepted().id(), draft.build());
    }

    Agreement draft() {
        return draft(AgreementDrafts.valid());
    }

    /** Submitted and sent for signature by school A's staff. */
    Agreement outForSignature(Agreement draft) {
        service.submit(as(Who.STAFF_A), draft.id());
        return service.sendForSignature(as(Who.STAFF_A), draft.id());
    }

    Agreement outForSignature() {
        return outForSignature(draft());
    }

    /** Every signatory of the default circuit signs the current version, in order. */
    Agreement signedByEveryone(Agreement out) {
        Agreement signed = out;
        for (Map.Entry<String, Who> signer : DEFAULT_SIGNERS) {
            signed = sign(signer.getValue(), signed, signer.getKey());
        }
        return signed;
    }

    Agreement signed(AgreementDrafts.Builder draft) {
        return signedByEveryone(outForSignature(draft(draft)));
    }

    Agreement signed() {
        return signed(AgreementDrafts.valid());
    }

    /** Signed, then started on its first day by school A's staff (the clock moves to that day). */
    Agreement inProgress(AgreementDrafts.Builder draft) {
        Agreement signed = signed(draft);
        clock.setTo(signed.terms().period().start());
        return service.start(as(Who.STAFF_A), signed.id());
    }

    Agreement inProgress() {
        return inProgress(AgreementDrafts.valid());
    }

    /** Completed by {@code who} on its last day as stored, amendments included (the clock moves to that day). */
    Agreement completeOnLastDay(Who who, Agreement running) {
        clock.setTo(stored(running).terms().period().end());
        return service.complete(as(who), running.id());
    }

    /** The signatory signs the agreement's current version electronically, as {@code who}. */
    Agreement sign(Who who, Agreement agreement, String signatoryId) {
        return service.sign(as(who), agreement.id(), null, signatoryId, stored(agreement).signing().documentSha256());
    }

    Agreement stored(Agreement agreement) {
        return agreements.findById(agreement.id()).orElseThrow();
    }

    /** The follow-up use cases over this scene, its evaluation mails sent through {@code mailer} with {@code texts}. */
    FollowUpService followUpServiceMailing(Mailer mailer, Texts texts) {
        return new FollowUpService(agreements, followUps, rules, documents, archive, tokens, restrictions,
                new EvaluationMail(followUps, mailer, texts, reminders, token -> FORM_URL + token, clock),
                Fixtures.countingIds("other-link-"), events, clock);
    }

    InternshipFollowUp followUpOf(Agreement agreement) {
        return followUps.findById(agreement.id()).orElseThrow();
    }

    /**
     * Moves the clock to the first day the evaluation this link carries may be given, when that day is still ahead
     * (an evaluation opens in the last week of the period it evaluates); the token, for the call that gives it.
     */
    String whenOpen(String token) {
        String hash = Sha256.of(token.getBytes(StandardCharsets.UTF_8));
        followUps.findByLinkTokenSha256(hash).flatMap(followUp -> followUp.evaluations().stream()
                        .filter(e -> e.link() != null && e.link().tokenSha256().equals(hash)).findFirst())
                .map(Evaluation::opensOn)
                .filter(opens -> PlatformCalendar.today(clock).isBefore(opens))
                .ifPresent(clock::setTo);
        return token;
    }

    // --- organisations and people ---

    private Actor member(String subject, Tenant tenant, MembershipRole role) {
        return Actors.member(memberships, subject, tenant, role);
    }

    /** Someone the agreement names, signed in with the verified e-mail it gives, with no membership. */
    private static Actor byEmail(String subject, AgreementDraft.PartyDraft person) {
        return new Actor(subject, person.name(), EmailAddress.of(person.email()), Set.of(), List.of());
    }

    private static School school(String id, String name) {
        return new School(id, new SchoolProfile(name, SchoolKind.SOUND, null, null, null, null),
                PartnershipTier.CERTIFIED, List.of(Program.of("BTS-SON", "BTS Audiovisuel option son", "BTS", 24)),
                "seed", NOW, NOW, 0);
    }

    private static Company company(String id, String name, String siret) {
        var profile = new CompanyProfile(name, null, Siret.of(siret), CompanyKind.STUDIO, null, null);
        return new Company(id, profile, List.of(), new Vetting(VettingStatus.VERIFIED, null, "advisor", NOW), null, "seed",
                NOW, NOW, 0);
    }
}
