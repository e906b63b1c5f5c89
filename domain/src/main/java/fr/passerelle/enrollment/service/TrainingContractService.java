package fr.passerelle.enrollment.service;

import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.agreement.port.out.DocumentArchive;
import fr.passerelle.agreement.port.out.SignatureProvider;
import fr.passerelle.agreement.service.AgreementAccess;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.enrollment.port.in.ContractSending;
import fr.passerelle.enrollment.port.in.ContractUseCases;
import fr.passerelle.enrollment.port.out.ContractDocuments;
import fr.passerelle.enrollment.port.out.ContractProgress;
import fr.passerelle.enrollment.port.out.DossierProgress;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.enrollment.port.out.FundingProgress.FundingStatus;
import fr.passerelle.enrollment.port.out.TrainingContracts;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends, signs and serves enrollments' training contracts, and answers the enrollment's contract gate. The contract
 * never changes the enrollment: it records {@code trainingContract.sent} and {@code trainingContract.signed}, and the
 * enrollment follows (see {@link EnrollmentEvents#ADVANCING}).
 */
public class TrainingContractService implements ContractUseCases, ContractProgress {

    public static final String TYPE = "TrainingContract";
    private static final String PDF = "application/pdf";
    /** Where a contract may be sent from: re-sent while it is out, before anyone signed it all. */
    private static final Set<EnrollmentState> SENDABLE = Set.of(EnrollmentState.DOSSIER_COMPLETE,
            EnrollmentState.FUNDING_PENDING, EnrollmentState.CONTRACT_SENT);

    private final Enrollments enrollments;
    private final TrainingContracts contracts;
    private final DossierProgress dossier;
    private final FundingProgress funding;
    private final ContractDrafts drafts;
    private final ContractDocuments documents;
    private final DocumentArchive archive;
    private final SignatureProvider signatures;
    private final EventFactory events;
    private final Clock clock;

    public TrainingContractService(Enrollments enrollments, TrainingContracts contracts, DossierProgress dossier,
                                   FundingProgress funding, ContractParticularsSources sources,
                                   ContractDocuments documents, DocumentArchive archive,
                                   SignatureProvider signatures, EventFactory events, Clock clock) {
        this.enrollments = enrollments;
        this.contracts = contracts;
        this.dossier = dossier;
        this.funding = funding;
        this.drafts = new ContractDrafts(sources.schools(), sources.programmes(), sources.sessions(),
                sources.contacts(), sources.memberships());
        this.documents = documents;
        this.archive = archive;
        this.signatures = signatures;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public TrainingContract send(Actor actor, String enrollmentId, ContractSending sending) {
        Enrollment enrollment = EnrollmentAccess.requireWork(actor, enrollment(actor, enrollmentId));
        if (sending.expectedVersion() != null && sending.expectedVersion() != enrollment.version()) {
            throw BusinessRuleViolation.of("expectedVersion", ErrorCode.STALE_VERSION, "error.version.stale",
                    sending.expectedVersion(), enrollment.version());
        }
        Optional<TrainingContract> existing = contracts.findById(enrollmentId);
        FundingStatus status = funding.of(enrollment);
        requireSendable(enrollment, status, existing);
        ContractDrafts.Draft draft = drafts.draft(actor, enrollment, status, sending);
        if (existing.filter(c -> unchanged(c, draft)).isPresent()) {
            // a retried send (its answer lost): the version out says exactly this, its signatures stand
            return existing.get();
        }
        Instant now = clock.instant();
        TrainingContract prepared = existing
                .map(c -> c.redrafted(draft.kind(), draft.particulars(), draft.circuit(), now))
                .orElseGet(() -> TrainingContract.drafted(enrollment.schoolId(), enrollmentId, draft.kind(),
                        draft.particulars(), draft.circuit(), actor.subject(), now));
        byte[] pdf = documents.contract(prepared);
        String sha = Sha256.of(pdf);
        // Kept before the contract refers to it: a version is never out without its PDF.
        archive.put(new ArchivedDocument(versionKey(enrollmentId, prepared.nextVersion()), PDF, pdf, sha, now));
        TrainingContract sent = prepared.sent(sha, now);
        return existing.isPresent()
                ? contracts.update(sent, events.changed(EnrollmentEvents.CONTRACT_SENT, initiator(actor, sent),
                existing.get(), sent, attributes(sent, null)))
                : contracts.insert(sent, events.created(EnrollmentEvents.CONTRACT_SENT, initiator(actor, sent), sent,
                attributes(sent, null)));
    }

    private static boolean unchanged(TrainingContract contract, ContractDrafts.Draft draft) {
        return contract.signing().out() && contract.kind() == draft.kind()
                && contract.particulars().equals(draft.particulars())
                && contract.signing().circuit().equals(draft.circuit());
    }

    /**
     * Seated, dossier complete, funding secured (a plan without funders is), in a state where the contract comes
     * next; re-sent only while out and unsigned. Every reason at once.
     */
    private void requireSendable(Enrollment enrollment, FundingStatus status, Optional<TrainingContract> existing) {
        Checks checks = new Checks();
        boolean resend = enrollment.state() == EnrollmentState.CONTRACT_SENT;
        if (!SENDABLE.contains(enrollment.state()) || (resend && existing.map(TrainingContract::signed)
                .orElse(true))) {
            checks.add("state", ErrorCode.INVALID_STATE, "error.contract.enrollment-state", enrollment.state());
        }
        if (!enrollment.seated()) {
            checks.add("seated", ErrorCode.INVALID_STATE, "error.contract.not-seated");
        }
        if (!resend && !dossier.complete(enrollment)) {
            checks.add("dossier", ErrorCode.INVALID_STATE, "error.contract.dossier-incomplete");
        }
        if (!status.planned() || !status.secured() || status.refused()) {
            checks.add("funding", ErrorCode.INVALID_STATE, "error.contract.funding-not-secured");
        }
        checks.throwIfAny();
    }

    @Override
    public TrainingContract sign(Actor actor, String enrollmentId, String signatoryId, String documentSha256) {
        Checks checks = new Checks();
        checks.text("signatoryId", signatoryId, Limits.CODE);
        checks.text("documentSha256", documentSha256, Limits.CODE * 2);
        checks.throwIfAny();
        TrainingContract contract = contracts.findById(enrollmentId)
                .filter(c -> readable(actor, c)).orElseThrow(() -> new NotFoundException(TYPE, enrollmentId));
        Signatory signatory = contract.signing().circuit().signatory(signatoryId)
                .orElseThrow(() -> new NotFoundException(TYPE, enrollmentId));
        if (!AgreementAccess.signsAs(actor, signatory)) {
            throw new ForbiddenException("error.forbidden.sign-for", signatory.name());
        }
        if (contract.signed() || !contract.signing().requireSignable(signatoryId, documentSha256)) {
            return contract;
        }
        requireAwaitingSignature(contract);
        var proof = signatures.sign(new SignatureProvider.SignatureRequest(contract.id(),
                contract.signing().documentVersion(), documentSha256, signatory, actor.subject(),
                actor.displayName()));
        // The provider signed once (per version and signatory): another party signing at the same moment makes the
        // write lose its race, and the signature is applied again on what they stored rather than lost.
        return new VersionedChange<TrainingContract>(() -> contracts.findById(enrollmentId)
                .orElseThrow(() -> new NotFoundException(TYPE, enrollmentId)), TrainingContract::version,
                (before, signed) -> recordSignature(actor, signatoryId, before, signed))
                .apply(null, current -> current.signed() ? current : current.signedBy(signatoryId,
                        SignatureMethod.ELECTRONIC, proof.signedBy(), actor.subject(), documentSha256,
                        proof.signedAt(), PlatformCalendar.today(clock)));
    }

    private TrainingContract recordSignature(Actor actor, String signatoryId, TrainingContract before,
                                             TrainingContract signed) {
        if (signed.signed()) {
            keepSignedOriginal(signed);
        }
        String type = signed.signed() ? EnrollmentEvents.CONTRACT_SIGNED : EnrollmentEvents.CONTRACT_SIGNATURE_ADDED;
        return contracts.update(signed, events.changed(type, initiator(actor, signed), before, signed,
                attributes(signed, signatoryId)));
    }

    /**
     * Signed only while its enrollment awaits the signatures: a cancelled one's contract binds nobody (a link kept in a
     * notice must not charge a learner who left).
     */
    private void requireAwaitingSignature(TrainingContract contract) {
        EnrollmentState state = enrollments.findById(contract.enrollmentId()).map(Enrollment::state).orElse(null);
        if (state != EnrollmentState.CONTRACT_SENT) {
            throw BusinessRuleViolation.of("state", ErrorCode.INVALID_STATE, "error.contract.sign-state", state);
        }
    }

    /** The sealed original, kept before the contract says it is signed (a retry seals it again, under that key). */
    private void keepSignedOriginal(TrainingContract signed) {
        int version = signed.signing().documentVersion();
        byte[] pdf = archive.find(versionKey(signed.id(), version)).orElseThrow().content();
        byte[] original = documents.signedOriginal(signed, pdf);
        archive.put(new ArchivedDocument(originalKey(signed.id(), version), PDF, original, Sha256.of(original),
                clock.instant()));
    }

    @Override
    public Optional<TrainingContract> find(Actor actor, String enrollmentId) {
        return contracts.findById(enrollmentId).filter(c -> readable(actor, c));
    }

    @Override
    public Map<String, TrainingContract> findForEnrollments(Actor actor, Collection<String> enrollmentIds) {
        if (enrollmentIds.size() > Limits.FAN_OUT) {
            throw new IllegalArgumentException("at most " + Limits.FAN_OUT + " enrollments at once");
        }
        List<TrainingContract> found = contracts.findAllById(enrollmentIds);
        Map<String, Enrollment> byId = enrollments.findAllById(enrollmentIds).stream()
                .collect(Collectors.toMap(Enrollment::id, Function.identity()));
        Map<String, TrainingContract> readable = new HashMap<>();
        for (TrainingContract contract : found) {
            Enrollment enrollment = byId.get(contract.enrollmentId());
            if ((enrollment != null && EnrollmentAccess.mayRead(actor, enrollment)) || signsIt(actor, contract)) {
                readable.put(contract.enrollmentId(), contract);
            }
        }
        return readable;
    }

    @Override
    public Optional<ArchivedDocument> document(Actor actor, String enrollmentId, Integer version) {
        return find(actor, enrollmentId).flatMap(contract -> {
            int current = contract.signing().documentVersion();
            if (version == null) {
                return archive.find(contract.signed() ? originalKey(contract.id(), current)
                        : versionKey(contract.id(), current));
            }
            return version >= 1 && version <= current ? archive.find(versionKey(contract.id(), version))
                    : Optional.empty();
        });
    }

    @Override
    public Optional<ContractStatus> of(Enrollment enrollment) {
        return contracts.findById(enrollment.id()).filter(c -> c.sentAt() != null)
                .map(c -> new ContractStatus(c.id(), c.sentAt(), c.signedAt(), c.withdrawalEndsOn()));
    }

    /** Whether the actor sees the contract: a reader of its enrollment, or one of its signatories. */
    private boolean readable(Actor actor, TrainingContract contract) {
        return signsIt(actor, contract) || enrollments.findById(contract.enrollmentId())
                .filter(e -> EnrollmentAccess.mayRead(actor, e)).isPresent();
    }

    private static boolean signsIt(Actor actor, TrainingContract contract) {
        return !actor.isPartnerClient() && contract.signing().circuit().signatories().stream()
                .anyMatch(s -> AgreementAccess.signsAs(actor, s));
    }

    private Enrollment enrollment(Actor actor, String enrollmentId) {
        return EnrollmentAccess.requireRead(actor, EnrollmentAccess.load(enrollments, enrollmentId));
    }

    private static Initiator initiator(Actor actor, TrainingContract contract) {
        return actor.initiatorFor(Tenant.school(contract.schoolId()));
    }

    private static Map<String, String> attributes(TrainingContract contract, String signatoryId) {
        Map<String, String> attributes = new HashMap<>(Map.of(EnrollmentEvents.SCHOOL_ID, contract.schoolId(),
                EnrollmentEvents.ENROLLMENT_ID, contract.enrollmentId(), EnrollmentEvents.DOCUMENT_VERSION,
                String.valueOf(contract.signing().documentVersion())));
        if (signatoryId != null) {
            attributes.put(EnrollmentEvents.SIGNATORY_ID, signatoryId);
        }
        return attributes;
    }

    /** The archive key of a version's PDF as sent. */
    public static String versionKey(String contractId, int version) {
        return "trainingContract/" + contractId + "/v" + version;
    }

    /** The archive key of a version's sealed original. */
    public static String originalKey(String contractId, int version) {
        return versionKey(contractId, version) + "/signed";
    }
}
