package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.AcceptedOffer;
import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.AgreementScope;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.model.InterruptionInitiative;
import fr.passerelle.agreement.model.MandatoryClauses;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.model.DocumentKeys;
import fr.passerelle.agreement.model.OfferComparison;
import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.model.Party;
import fr.passerelle.agreement.model.ScanFormat;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.agreement.model.SignedDocument;
import fr.passerelle.agreement.model.RequiredSignatories;
import fr.passerelle.agreement.model.SigningCircuit;
import fr.passerelle.agreement.model.TermDivergence;
import fr.passerelle.agreement.port.in.AgreementDraft;
import fr.passerelle.agreement.port.in.AgreementUseCases;
import fr.passerelle.agreement.port.in.DraftCheck;
import fr.passerelle.agreement.port.out.AgreementDocuments;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.port.out.DocumentArchive;
import fr.passerelle.agreement.port.out.SignatureProvider;
import fr.passerelle.agreement.rules.DraftFigures;
import fr.passerelle.agreement.rules.MonthlyContributions;
import fr.passerelle.agreement.rules.RulesReport;
import fr.passerelle.company.model.Company;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.privacy.port.out.RestrictedRecords;
import fr.passerelle.school.model.School;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;
import fr.passerelle.shared.validation.UnrecognisedFileException;
import fr.passerelle.shared.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

public class AgreementService implements AgreementUseCases {

    /** Under 18 on the first day, the intern's legal representative is a party too. */
    static final int AGE_OF_MAJORITY = 18;

    private final Agreements agreements;
    private final Applications applications;
    private final Learners learners;
    private final Companies companies;
    private final Schools schools;
    private final AgreementRules rules;
    private final AgreementDocuments documents;
    private final DocumentArchive archive;
    private final SignatureProvider signatures;
    private final FollowUpOpener followUps;
    private final AcceptedOffers acceptedOffers;
    private final HeldAgreements held;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public AgreementService(Agreements agreements, Applications applications, Learners learners,
                            Companies companies, Schools schools, AgreementRules rules, AgreementDocuments documents,
                            DocumentArchive archive, SignatureProvider signatures, FollowUpOpener followUps,
                            AcceptedOffers acceptedOffers, RestrictedRecords restrictions, IdGenerator ids,
                            EventFactory events, Clock clock) {
        this.agreements = agreements;
        this.applications = applications;
        this.learners = learners;
        this.companies = companies;
        this.schools = schools;
        this.rules = rules;
        this.documents = documents;
        this.archive = archive;
        this.signatures = signatures;
        this.followUps = followUps;
        this.acceptedOffers = acceptedOffers;
        this.held = new HeldAgreements(restrictions);
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Agreement createFromApplication(Actor actor, String applicationId, AgreementDraft draft) {
        return create(actor, fromApplication(actor, applicationId, draft));
    }

    @Override
    public Agreement createDirect(Actor actor, String learnerId, String companyId, AgreementDraft draft) {
        return create(actor, direct(actor, learnerId, companyId, draft));
    }

    @Override
    public DraftCheck checkFromApplication(Actor actor, String applicationId, AgreementDraft draft) {
        return dryRun(actor, () -> fromApplication(actor, applicationId, draft));
    }

    @Override
    public DraftCheck checkDirect(Actor actor, String learnerId, String companyId, AgreementDraft draft) {
        return dryRun(actor, () -> direct(actor, learnerId, companyId, draft));
    }

    @Override
    public List<Agreement> gratificationsMadeDue(Actor actor, Agreement agreement) {
        return held.readable(actor, rules.gratificationsMadeDue(agreement));
    }

    /** Who and what a new draft is about, once the caller is known to act for the learner's school. */
    private record NewDraft(String id, String applicationId, Learner learner, String schoolId, Company company,
                            AgreementDraft draft) {
    }

    /** The agreement of an accepted application. Someone else's application and a missing one look the same. */
    private NewDraft fromApplication(Actor actor, String applicationId, AgreementDraft draft) {
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
        if (application.schoolId() == null || !actsFor(actor, application.schoolId())) {
            throw new NotFoundException("Application", applicationId);
        }
        if (application.status() != ApplicationStatus.ACCEPTED) {
            throw BusinessRuleViolation.of("applicationId", ErrorCode.INVALID_STATE,
                    "error.agreement.application-not-accepted", application.status());
        }
        Learner learner = learners.findById(application.learnerId())
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
        Company company = companies.findById(application.companyId())
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
        // One agreement per application: its id follows from the application's, so a second insert collides.
        String id = UUID.nameUUIDFromBytes(("agreement/" + applicationId).getBytes(StandardCharsets.UTF_8))
                .toString();
        // What the school leaves out starts as the accepted offer's terms.
        AcceptedOffer accepted = acceptedOffers.of(List.of(application)).get(applicationId);
        return new NewDraft(id, applicationId, learner, application.schoolId(), company,
                accepted == null ? draft : draft.prefilledFrom(accepted));
    }

    /** The agreement of an internship found outside the platform, for one of the school's learners. */
    private NewDraft direct(Actor actor, String learnerId, String companyId, AgreementDraft draft) {
        Learner learner = learners.findById(learnerId)
                .filter(l -> l.academic().schoolId() != null && actsFor(actor, l.academic().schoolId()))
                .orElseThrow(() -> new NotFoundException("Learner", learnerId));
        Company company = companyId == null ? null : companies.findById(companyId)
                .orElseThrow(() -> new NotFoundException("Company", companyId));
        return new NewDraft(ids.newId(), null, learner, learner.academic().schoolId(), company, draft);
    }

    /** The draft as it would be stored, and the rules' report on it; the draft's own refusals are thrown. */
    private record Drafted(Agreement agreement, RulesReport report) {
    }

    private Drafted drafted(Actor actor, NewDraft target) {
        AgreementDraft.Valid valid = target.draft().validate(PlatformCalendar.today(clock));
        Learner learner = target.learner();
        Company company = target.company();
        Party host = company != null ? new Party(company.profile().displayName(), null, null) : valid.company();
        if (host == null) {
            throw BusinessRuleViolation.of("company", ErrorCode.REQUIRED,
                    "error.agreement.company-required");
        }
        Parties parties = parties(learner, valid, intern(learner), host, siret(company, valid), school(target));
        Agreement draftAgreement = draftAgreement(actor, target, parties, valid.terms(),
                circuit(valid.circuit(), parties, learner.subject()));
        rules.requirePlausiblePresence(valid.terms());
        return new Drafted(draftAgreement, rules.check(draftAgreement, parties, valid.terms()));
    }

    /**
     * The rules' report on a draft refused for its parties or circuit but whose terms are well formed, so that a dry
     * run gives the law's findings beside the draft's own problems: the people not (yet) rightly named stand in as
     * unnamed, the circuit is the default one. Null when the terms are not well formed.
     */
    private RulesReport partlyChecked(Actor actor, NewDraft target) {
        AgreementDraft.Valid valid = target.draft().validatePartly(PlatformCalendar.today(clock)).valid();
        if (valid.terms() == null) {
            return null;
        }
        Learner learner = target.learner();
        Company company = target.company();
        Party host = company != null ? new Party(company.profile().displayName(), null, null)
                : orUnnamed(valid.company());
        Parties parties = new Parties(intern(learner), valid.legalRepresentative(), host, siret(company, valid),
                orUnnamed(valid.companySignatory()), orUnnamed(valid.tutor()), school(target),
                orUnnamed(valid.schoolSignatory()), orUnnamed(valid.referent()));
        Agreement provisional = draftAgreement(actor, target, parties, valid.terms(),
                circuit(null, parties, learner.subject()));
        return rules.check(provisional, parties, valid.terms());
    }

    /** A party the draft does not rightly name yet: no e-mail, so no rule counts them (a tutor's load, say). */
    private static Party orUnnamed(Party party) {
        return party != null ? party : new Party("", null, null);
    }

    private static Party intern(Learner learner) {
        return new Party(learner.identity().displayName(), learner.identity().email().value(), null);
    }

    private static String siret(Company company, AgreementDraft.Valid valid) {
        return company != null ? company.profile().siret().value() : valid.companySiret();
    }

    private Party school(NewDraft target) {
        School school = schools.findById(target.schoolId())
                .orElseThrow(() -> new NotFoundException("School", target.schoolId()));
        return new Party(school.profile().name(), null, null);
    }

    private Agreement draftAgreement(Actor actor, NewDraft target, Parties parties, AgreementTerms terms,
                                     SigningCircuit circuit) {
        Learner learner = target.learner();
        return Agreement.draft(target.id(), target.applicationId(), learner.id(), learner.subject(),
                target.schoolId(), target.company() == null ? null : target.company().id(), parties, terms, circuit,
                actor.subject(), clock.instant());
    }

    private Agreement create(Actor actor, NewDraft target) {
        Drafted drafted = drafted(actor, target);
        AgreementRules.requireNoBlocking(drafted.report(), "");
        Agreement draftAgreement = drafted.agreement();
        Map<String, String> attributes = new HashMap<>(attributes(draftAgreement));
        List<Agreement> madeDue = rules.gratificationsMadeDue(draftAgreement);
        if (!madeDue.isEmpty()) {
            // Read by GratificationNowDueNotices, which tells each earlier agreement's parties.
            attributes.put(GratificationNowDueNotices.ATTRIBUTE,
                    String.join(",", madeDue.stream().map(Agreement::id).toList()));
        }
        try {
            return agreements.insert(draftAgreement, events.created(AgreementEvents.CREATED,
                    actor.initiatorFor(Tenant.school(target.schoolId())), draftAgreement, Map.copyOf(attributes)));
        } catch (DuplicateKeyException exists) {
            throw BusinessRuleViolation.of("applicationId", ErrorCode.DUPLICATE,
                    "error.agreement.exists-for-application");
        }
    }

    /**
     * Creating without the insert: what would be refused and why, and every finding when the draft is well formed.
     * Not found stays an exception, as for the mutation, so a dry run tells no more than creating would.
     */
    private DraftCheck dryRun(Actor actor, Supplier<NewDraft> target) {
        NewDraft draft;
        Drafted drafted;
        try {
            draft = target.get();
        } catch (BusinessRuleViolation refused) {
            return new DraftCheck(refused.violations(), null, null, List.of());
        }
        try {
            drafted = drafted(actor, draft);
        } catch (BusinessRuleViolation refused) {
            // The draft's own problems and, when its terms are well formed, the law's findings on them together.
            RulesReport partly = partlyChecked(actor, draft);
            List<Violation> problems = new ArrayList<>(refused.violations());
            if (partly != null) {
                problems.addAll(AgreementRules.violations(partly, ""));
            }
            return new DraftCheck(problems, partly, periodFigures(draft), List.of());
        }
        Agreement agreement = drafted.agreement();
        List<Violation> problems = new ArrayList<>();
        if (agreement.applicationId() != null && agreements.findById(agreement.id()).isPresent()) {
            problems.add(Violation.of("applicationId", ErrorCode.DUPLICATE, "error.agreement.exists-for-application"));
        }
        problems.addAll(AgreementRules.violations(drafted.report(), ""));
        return new DraftCheck(problems, drafted.report(),
                rules.figures(agreement, agreement.parties(), agreement.terms()),
                gratificationsMadeDue(actor, agreement));
    }

    /**
     * The figures of a draft refused before the rules, when its period is well formed: a form half filled in still
     * shows its presence and the caps. Null when the terms are not well formed either (their problems are reported).
     */
    private DraftFigures periodFigures(NewDraft draft) {
        AgreementTerms terms;
        try {
            terms = AgreementDraft.validTerms(draft.draft().terms(), PlatformCalendar.today(clock));
        } catch (BusinessRuleViolation malformed) {
            return null;
        }
        String siret = draft.draft().companySiret() == null ? null : draft.draft().companySiret().replace(" ", "");
        // A host on the platform is known by its id; another, by its SIRET (see AgreementRules.sameHost).
        return draft.company() != null
                ? rules.figures(draft.learner().id(), draft.id(), draft.company().id(), null, terms.period())
                : rules.figures(draft.learner().id(), draft.id(), null, siret, terms.period());
    }

    @Override
    public Agreement edit(Actor actor, String agreementId, Long expectedVersion, AgreementDraft draft) {
        AgreementDraft.Valid valid = draft.validate(PlatformCalendar.today(clock));
        return change(actor, agreementId, expectedVersion, AgreementAccess::actsForSchool,
                fixed(AgreementEvents.EDITED), this::newlyMadeDue, agreement -> {
                    Learner learner = learners.findById(agreement.learnerId())
                            .orElseThrow(() -> new NotFoundException("Agreement", agreementId));
                    Parties current = agreement.parties();
                    Party host = agreement.companyId() != null || valid.company() == null ? current.company()
                            : valid.company();
                    String siret = agreement.companyId() != null ? current.companySiret() : valid.companySiret();
                    Parties parties = parties(learner, valid, current.learner(), host, siret, current.school());
                    SigningCircuit circuit = circuit(valid.circuit(), parties, agreement.learnerSubject());
                    rules.requireLawful(agreement, parties, valid.terms());
                    Agreement edited = agreement.withTerms(parties, valid.terms(), clock.instant());
                    return circuit.equals(edited.signing().circuit()) ? edited
                            : edited.withCircuit(circuit, clock.instant());
                });
    }

    /**
     * The earlier agreements an edit makes due that the agreement as it was did not (L124-6), for
     * {@link GratificationNowDueNotices}: longer dates can cross the threshold as a new agreement can.
     */
    private Map<String, String> newlyMadeDue(Agreement before, Agreement after) {
        if (before.terms().equals(after.terms())) {
            return Map.of();
        }
        List<Agreement> wereDue = rules.gratificationsMadeDue(before);
        List<String> ids = rules.gratificationsMadeDue(after).stream().filter(a -> !wereDue.contains(a))
                .map(Agreement::id).toList();
        return ids.isEmpty() ? Map.of() : Map.of(GratificationNowDueNotices.ATTRIBUTE, String.join(",", ids));
    }

    @Override
    public Agreement submit(Actor actor, String agreementId) {
        return change(actor, agreementId, null, AgreementAccess::actsForSchool, fixed(AgreementEvents.SUBMITTED),
                agreement -> {
                    requireLegal(agreement);
                    return agreement.submittedForValidation(clock.instant());
                });
    }

    @Override
    public Agreement returnToDraft(Actor actor, String agreementId) {
        return change(actor, agreementId, null, AgreementAccess::actsForSchool,
                fixed(AgreementEvents.RETURNED_TO_DRAFT), agreement -> agreement.returnedToDraft(clock.instant()));
    }

    /**
     * The rules run again (another agreement may have been signed since the draft), then the document of the next
     * version is rendered and archived before the agreement records its hash: a crash in between leaves an
     * archived document nobody refers to, which the next attempt replaces.
     */
    @Override
    public Agreement sendForSignature(Actor actor, String agreementId) {
        return change(actor, agreementId, null, AgreementAccess::actsForSchool,
                fixed(AgreementEvents.SENT_FOR_SIGNATURE), agreement -> {
                    if (agreement.status() == AgreementStatus.OUT_FOR_SIGNATURE) {
                        return agreement;
                    }
                    if (agreement.status() != AgreementStatus.UNDER_VALIDATION) {
                        throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE, "error.agreement.not-validated", agreement.status());
                    }
                    // A draft written before every D124-4 party was required goes out only once its circuit is fixed.
                    RequiredSignatories.requireAllIn(agreement.signing().circuit(), agreement.parties());
                    RulesReport report = rules.requireSendable(agreement, agreement.parties(), agreement.terms());
                    String sha = archive(DocumentKeys.agreement(agreement.id(),
                            agreement.signing().documentVersion() + 1), documents.agreement(agreement, report));
                    return agreement.sentForSignature(sha, clock.instant());
                });
    }

    @Override
    public Agreement sign(Actor actor, String agreementId, String amendmentId, String signatoryId,
                          String documentSha256) {
        Checks checks = new Checks();
        checks.text("signatoryId", signatoryId, Limits.CODE);
        checks.text("documentSha256", documentSha256, Limits.CODE * 2);
        checks.throwIfAny();
        Agreement signed = change(actor, agreementId, null, AgreementAccess::canRead, signingEvent(amendmentId),
                agreement -> {
                    SignedDocument document = signing(agreement, amendmentId);
                    Signatory signatory = signatory(document, signatoryId);
                    if (!AgreementAccess.signsAs(actor, signatory)) {
                        throw new ForbiddenException("error.forbidden.sign-for", signatory.name());
                    }
                    requireOutForSignature(agreement, amendmentId);
                    if (!document.requireSignable(signatoryId, documentSha256)) {
                        return agreement;
                    }
                    var proof = signatures.sign(new SignatureProvider.SignatureRequest(agreement.id(),
                            document.documentVersion(), documentSha256, signatory, actor.subject(),
                            actor.displayName()));
                    return signedWith(agreement, amendmentId, d -> d.signedBy(signatoryId, SignatureMethod.ELECTRONIC,
                            proof.signedBy(), actor.subject(), documentSha256, null, proof.signedAt()));
                });
        return followUps.openIfSigned(actor, signed);
    }

    @Override
    public Agreement recordPaperSignature(Actor actor, String agreementId, String amendmentId, String signatoryId,
                                          byte[] scan) {
        if (scan == null || scan.length == 0) {
            throw BusinessRuleViolation.of("scan", ErrorCode.REQUIRED, "error.signature.scan-required");
        }
        ScanFormat format = ScanFormat.of(scan).orElseThrow(() -> new UnrecognisedFileException("scan",
                "error.file.not-scan"));
        String scanSha = Sha256.of(scan);
        Agreement signed = change(actor, agreementId, null, AgreementAccess::actsForSchool,
                signingEvent(amendmentId), agreement -> {
                    Signatory signatory = signatory(signing(agreement, amendmentId), signatoryId);
                    String signer = signatory.delegate() != null ? signatory.delegate().name() : signatory.name();
                    Agreement signedOnPaper = signedWith(agreement, amendmentId, d -> d.signedBy(signatoryId,
                            SignatureMethod.PAPER, signer, actor.subject(), d.documentSha256(), scanSha,
                            clock.instant()));
                    // Kept once the signature is accepted, before it is recorded: a signature never lacks its scan.
                    if (signedOnPaper != agreement) {
                        archive.put(new ArchivedDocument(DocumentKeys.scan(agreement.id(), scanSha), format.mediaType(),
                                scan, scanSha, clock.instant()));
                    }
                    return signedOnPaper;
                });
        return followUps.openIfSigned(actor, signed);
    }

    /**
     * A delegate is known by the e-mail given, never by an account id from the client: they sign with a token whose
     * verified e-mail it is, and find the agreement in their list by it.
     */
    @Override
    public Agreement delegate(Actor actor, String agreementId, String signatoryId, Signatory.Delegate delegate) {
        Checks checks = new Checks();
        String name = checks.text("name", delegate.name(), Limits.NAME);
        EmailAddress email = checks.parse("email", checks.optionalText("email", delegate.email(), Limits.NAME),
                EmailAddress::of);
        String reason = checks.text("reason", delegate.reason(), Limits.LONG_TEXT, TextKind.PROSE);
        checks.throwIfAny();
        return change(actor, agreementId, null, AgreementAccess::canRead, fixed(AgreementEvents.DELEGATED),
                agreement -> {
                    Signatory signatory = signatory(agreement.signing(), signatoryId);
                    if (!AgreementAccess.actsForSchool(actor, agreement) && !AgreementAccess.signsAs(actor, signatory)) {
                        throw new ForbiddenException("error.forbidden.delegate");
                    }
                    return agreement.delegated(signatoryId, new Signatory.Delegate(name,
                            email == null ? null : email.value(), null, reason), clock.instant());
                });
    }

    @Override
    public Agreement start(Actor actor, String agreementId) {
        return change(actor, agreementId, null, AgreementAccess::actsForSchoolOrCompany,
                fixed(AgreementEvents.STATUS_CHANGED),
                agreement -> agreement.started(PlatformCalendar.today(clock), clock.instant()));
    }

    @Override
    public Agreement complete(Actor actor, String agreementId) {
        return change(actor, agreementId, null, AgreementAccess::actsForSchoolOrCompany,
                fixed(AgreementEvents.STATUS_CHANGED), agreement -> {
                    if (agreement.status() != AgreementStatus.COMPLETED
                            && PlatformCalendar.today(clock).isBefore(agreement.terms().period().end())) {
                        throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE, "error.agreement.not-ended", agreement.terms().period().end());
                    }
                    return agreement.completed(clock.instant());
                });
    }

    @Override
    public Agreement interrupt(Actor actor, String agreementId, String reason, LocalDate lastDay,
                               InterruptionInitiative initiative) {
        Checks checks = new Checks();
        String why = checks.optionalText("reason", reason, Limits.LONG_TEXT, TextKind.PROSE);
        checks.throwIfAny();
        LocalDate today = PlatformCalendar.today(clock);
        return change(actor, agreementId, null, AgreementAccess::actsForSchoolOrCompany,
                fixed(AgreementEvents.STATUS_CHANGED), agreement -> agreement.interrupted(why,
                        lastDay == null ? today : lastDay, initiative, today, clock.instant()));
    }

    @Override
    public Agreement cancel(Actor actor, String agreementId) {
        return change(actor, agreementId, null, AgreementAccess::actsForSchool, fixed(AgreementEvents.STATUS_CHANGED),
                agreement -> agreement.cancelled(clock.instant()));
    }

    /** The amendment goes round the agreement's own circuit (delegations included), as its own document. */
    @Override
    public Agreement proposeAmendment(Actor actor, String agreementId, String reason,
                                      AgreementDraft.TermsDraft terms) {
        Checks checks = new Checks();
        String why = checks.text("reason", reason, Limits.LONG_TEXT, TextKind.PROSE);
        checks.throwIfAny();
        AgreementTerms newTerms = AgreementDraft.validTerms(terms, PlatformCalendar.today(clock));
        return change(actor, agreementId, null, AgreementAccess::actsForSchoolOrCompany,
                fixed(AgreementEvents.AMENDMENT_PROPOSED), agreement -> {
                    // An amendment goes out for signature at once: lawful, and every mandatory clause filled.
                    MandatoryClauses.requireFilled(newTerms, "terms.");
                    rules.requireLawful(agreement, agreement.parties(), newTerms);
                    // One instant for the document and the record, so that the amendment rendered again from the
                    // record matches the hash its signatures carry.
                    Instant now = clock.instant();
                    Amendment proposed = new Amendment(ids.newId(), agreement.amendments().size() + 1, why, newTerms,
                            Amendment.AmendmentStatus.OUT_FOR_SIGNATURE,
                            SignedDocument.unsent(agreement.signing().circuit()), actor.subject(), now);
                    String sha = archive(DocumentKeys.amendment(agreement.id(), proposed.number()),
                            documents.amendment(agreement, proposed));
                    return agreement.amended(proposed.id(), why, newTerms, proposed.signing().circuit(), sha,
                            actor.subject(), now);
                });
    }

    @Override
    public Agreement withdrawAmendment(Actor actor, String agreementId, String amendmentId) {
        return change(actor, agreementId, null, AgreementAccess::actsForSchoolOrCompany,
                fixed(AgreementEvents.AMENDMENT_WITHDRAWN),
                agreement -> agreement.amendmentWithdrawn(amendmentId, clock.instant()));
    }

    @Override
    public Optional<Agreement> find(Actor actor, String agreementId) {
        return held.readable(actor, agreements.findById(agreementId));
    }

    @Override
    public List<Agreement> findAll(Actor actor, Collection<String> agreementIds) {
        return held.readable(actor, agreements.findAllById(agreementIds));
    }

    @Override
    public Map<String, List<TermDivergence>> divergences(Actor actor, Collection<Agreement> listed) {
        List<Agreement> fromApplications = listed.stream().filter(agreement -> agreement.applicationId() != null
                && AgreementAccess.canRead(actor, agreement)).toList();
        Map<String, AcceptedOffer> accepted = fromApplications.isEmpty() ? Map.of() : acceptedOffers.of(
                applications.findAllById(fromApplications.stream().map(Agreement::applicationId).toList()));
        Map<String, List<TermDivergence>> found = new HashMap<>();
        fromApplications.forEach(agreement -> found.put(agreement.id(),
                accepted.containsKey(agreement.applicationId())
                        ? OfferComparison.divergences(accepted.get(agreement.applicationId()), agreement.terms(),
                        agreement.parties().tutor())
                        : List.of()));
        return found;
    }

    @Override
    public Page<Agreement> list(Actor actor, Set<AgreementStatus> statuses, String learnerId, Paging paging) {
        AgreementScope scope = new AgreementScope(statuses, learnerId, AgreementAccess.visibility(actor));
        if (scope.isEmpty()) {
            return Page.empty();
        }
        Page<Agreement> stored = agreements.search(scope, paging);
        Page<Agreement> readable = held.readable(actor, stored);
        // A page whose every agreement is held from the reader would leave no cursor to go on with: read on, a
        // bounded number of pages, from where the store's page ended.
        for (int read = 1; readable.items().isEmpty() && HeldAgreements.readOnFrom(stored, paging) != null
                && read < HeldAgreements.PAGES_READ_ON; read++) {
            stored = agreements.search(scope, HeldAgreements.readOnFrom(stored, paging));
            readable = held.readable(actor, stored);
        }
        return readable;
    }

    @Override
    public Map<String, RulesReport> rules(Collection<Agreement> readable) {
        return rules.checkAll(readable);
    }

    @Override
    public List<MonthlyContributions> contributions(AgreementTerms terms) {
        return rules.contributions(terms);
    }

    @Override
    public Optional<ArchivedDocument> document(Actor actor, String agreementId, Integer documentVersion) {
        // Only versions the agreement records as sent: a rendered version whose sending failed is no document.
        return find(actor, agreementId).filter(a -> a.signing().documentVersion() > 0 && (documentVersion == null
                        || (documentVersion > 0 && documentVersion <= a.signing().documentVersion())))
                .flatMap(a -> archive.find(DocumentKeys.agreement(a.id(),
                        documentVersion == null ? a.signing().documentVersion() : documentVersion)));
    }

    @Override
    public Optional<ArchivedDocument> amendmentDocument(Actor actor, String agreementId, int number) {
        return find(actor, agreementId).filter(a -> number >= 1 && number <= a.amendments().size())
                .flatMap(a -> archive.find(DocumentKeys.amendment(a.id(), number)));
    }

    @Override
    public Optional<ArchivedDocument> scan(Actor actor, String agreementId, String scanSha256) {
        return find(actor, agreementId).filter(a -> a.signing().signatures().stream()
                        .anyMatch(s -> scanSha256.equals(s.scanSha256()))
                        || a.amendments().stream().flatMap(m -> m.signing().signatures().stream())
                        .anyMatch(s -> scanSha256.equals(s.scanSha256())))
                .flatMap(a -> archive.find(DocumentKeys.scan(a.id(), scanSha256)));
    }

    @Override
    public boolean actsForSchool(Actor actor, Agreement agreement) {
        return AgreementAccess.actsForSchool(actor, agreement);
    }

    @Override
    public boolean signsAs(Actor actor, Signatory signatory) {
        return AgreementAccess.signsAs(actor, signatory);
    }

    private RulesReport requireLegal(Agreement agreement) {
        RulesReport report = rules.check(agreement, agreement.parties(), agreement.terms());
        AgreementRules.requireNoBlocking(report, "");
        return report;
    }

    private String archive(String key, byte[] pdf) {
        String sha = Sha256.of(pdf);
        archive.put(new ArchivedDocument(key, DocumentKeys.PDF, pdf, sha, clock.instant()));
        return sha;
    }

    private Parties parties(Learner learner, AgreementDraft.Valid valid, Party intern, Party host, String siret,
                            Party school) {
        Parties parties = new Parties(intern, valid.legalRepresentative(), host, siret, valid.companySignatory(),
                valid.tutor(), school, valid.schoolSignatory(), valid.referent());
        var birthDate = learner.identity().birthDate();
        if (birthDate != null && parties.legalRepresentative() == null
                && Period.between(birthDate, valid.terms().period().start()).getYears() < AGE_OF_MAJORITY) {
            throw BusinessRuleViolation.of("legalRepresentative", ErrorCode.REQUIRED,
                    "error.agreement.legal-representative");
        }
        return parties;
    }

    /**
     * The circuit from its roles and the parties: each role's person signs. The default circuit leaves out the legal
     * representative of an adult; a circuit that names a role the agreement has no person for, or leaves out a party
     * D124-4 has sign, is refused.
     */
    private static SigningCircuit circuit(List<List<SignatoryRole>> steps, Parties parties, String learnerSubject) {
        boolean byDefault = steps == null;
        List<SigningCircuit.Step> built = new ArrayList<>();
        for (List<SignatoryRole> step : byDefault ? AgreementDraft.DEFAULT_CIRCUIT : steps) {
            List<Signatory> signatories = new ArrayList<>();
            for (SignatoryRole role : step) {
                Party person = personFor(role, parties);
                if (person == null && byDefault) {
                    continue;
                }
                if (person == null) {
                    throw BusinessRuleViolation.of("circuit", ErrorCode.INVALID,
                            "error.circuit.role-absent", role);
                }
                signatories.add(new Signatory(role.name().toLowerCase(Locale.ROOT), role, person.name(),
                        person.email(), role == SignatoryRole.LEARNER ? learnerSubject : null, null));
            }
            if (!signatories.isEmpty()) {
                built.add(new SigningCircuit.Step(signatories));
            }
        }
        SigningCircuit circuit = new SigningCircuit(built);
        RequiredSignatories.requireAllIn(circuit, parties);
        return circuit;
    }

    private static Party personFor(SignatoryRole role, Parties parties) {
        return switch (role) {
            case LEARNER -> parties.learner();
            case LEGAL_REPRESENTATIVE -> parties.legalRepresentative();
            case COMPANY_SIGNATORY -> parties.companySignatory();
            case TUTOR -> parties.tutor();
            case SCHOOL_SIGNATORY -> parties.schoolSignatory();
            case REFERENT -> parties.referent();
        };
    }

    private static SignedDocument signing(Agreement agreement, String amendmentId) {
        if (amendmentId == null) {
            return agreement.signing();
        }
        return agreement.amendments().stream().filter(a -> a.id().equals(amendmentId)).findFirst()
                .orElseThrow(() -> BusinessRuleViolation.of("amendmentId", ErrorCode.INVALID,
                        "error.amendment.unknown")).signing();
    }

    /** Checked before a signature provider is asked to sign anything. */
    private static void requireOutForSignature(Agreement agreement, String amendmentId) {
        if (amendmentId == null && agreement.status() != AgreementStatus.OUT_FOR_SIGNATURE) {
            throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE,
                    "error.agreement.not-out-for-signature", agreement.status());
        }
        if (amendmentId != null && agreement.amendments().stream().noneMatch(a -> a.id().equals(amendmentId)
                && a.status() == Amendment.AmendmentStatus.OUT_FOR_SIGNATURE)) {
            throw BusinessRuleViolation.of("amendmentId", ErrorCode.INVALID_STATE,
                    "error.amendment.not-out-for-signature");
        }
    }

    private static Signatory signatory(SignedDocument document, String signatoryId) {
        return document.circuit().signatory(signatoryId).orElseThrow(() -> BusinessRuleViolation.of("signatoryId",
                ErrorCode.INVALID, "error.signatory.unknown"));
    }

    private Agreement signedWith(Agreement agreement, String amendmentId, UnaryOperator<SignedDocument> signature) {
        return amendmentId == null ? agreement.signed(signature, clock.instant())
                : agreement.amendmentSigned(amendmentId, signature, clock.instant());
    }

    /** The last signature of the agreement is its signing; of an amendment, the amendment's. */
    private static BiFunction<Agreement, Agreement, String> signingEvent(String amendmentId) {
        return (before, after) -> {
            if (amendmentId != null) {
                boolean inForce = after.amendments().stream().anyMatch(a -> a.id().equals(amendmentId)
                        && a.status() == Amendment.AmendmentStatus.SIGNED);
                return inForce ? AgreementEvents.AMENDMENT_SIGNED : AgreementEvents.SIGNATURE_ADDED;
            }
            return after.status() == AgreementStatus.SIGNED && before.status() != AgreementStatus.SIGNED
                    ? AgreementEvents.SIGNED : AgreementEvents.SIGNATURE_ADDED;
        };
    }

    private static BiFunction<Agreement, Agreement, String> fixed(String type) {
        return (before, after) -> type;
    }

    private boolean actsFor(Actor actor, String schoolId) {
        return actor.isPlatformAdmin() || actor.isMemberOf(Tenant.school(schoolId));
    }

    /**
     * Read-modify-write under optimistic locking; each attempt re-reads and re-checks the right, so a retried change
     * is judged on fresh state. Readable but not theirs to act on is forbidden; unreadable is missing.
     */
    private Agreement change(Actor actor, String agreementId, Long expectedVersion,
                             BiPredicate<Actor, Agreement> allowed, BiFunction<Agreement, Agreement, String> eventType,
                             UnaryOperator<Agreement> change) {
        return change(actor, agreementId, expectedVersion, allowed, eventType, (before, after) -> Map.of(), change);
    }

    /** @param more attributes of the event beyond {@link AgreementChange#attributes}, from the two versions */
    private Agreement change(Actor actor, String agreementId, Long expectedVersion,
                             BiPredicate<Actor, Agreement> allowed, BiFunction<Agreement, Agreement, String> eventType,
                             BiFunction<Agreement, Agreement, Map<String, String>> more,
                             UnaryOperator<Agreement> change) {
        return new VersionedChange<>(() -> actionable(actor, agreementId, allowed), Agreement::version,
                (before, after) -> {
                    Map<String, String> attributes = new HashMap<>(AgreementChange.attributes(before, after));
                    attributes.putAll(more.apply(before, after));
                    return agreements.update(after, events.changed(eventType.apply(before, after),
                            actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                            Map.copyOf(attributes)));
                })
                .apply(expectedVersion, change);
    }

    private Agreement actionable(Actor actor, String agreementId, BiPredicate<Actor, Agreement> allowed) {
        Agreement agreement = find(actor, agreementId)
                .orElseThrow(() -> new NotFoundException("Agreement", agreementId));
        if (!allowed.test(actor, agreement)) {
            throw new ForbiddenException("error.forbidden.agreement-step");
        }
        return agreement;
    }

    /** Who the event concerns, so notifications and the audit trail find them. */
    static Map<String, String> attributes(Agreement agreement) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("school", Tenant.school(agreement.schoolId()).key());
        attributes.put("status", agreement.status().name());
        if (agreement.companyId() != null) {
            attributes.put("company", Tenant.company(agreement.companyId()).key());
        }
        if (agreement.learnerSubject() != null) {
            attributes.put("learner", agreement.learnerSubject());
        }
        return Map.copyOf(attributes);
    }
}
