package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.model.Attestation;
import fr.passerelle.agreement.model.DocumentKeys;
import fr.passerelle.agreement.model.Evaluation;
import fr.passerelle.agreement.model.EvaluationKind;
import fr.passerelle.agreement.model.EvaluationLink;
import fr.passerelle.agreement.model.FollowUpKind;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.model.ObjectiveRating;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.port.in.FollowUpUseCases;
import fr.passerelle.agreement.port.out.AgreementDocuments;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.port.out.DocumentArchive;
import fr.passerelle.agreement.port.out.InternshipFollowUps;
import fr.passerelle.agreement.port.out.SecretTokens;
import fr.passerelle.agreement.rules.Presence;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.privacy.port.out.RestrictedRecords;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

public class FollowUpService implements FollowUpUseCases {

    /** A link stays usable this long after its evaluation's deadline, for a late tutor. */
    static final Duration LINK_GRACE = Duration.ofDays(14);
    /** A link issued late still lives at least this long. */
    static final Duration LINK_MINIMUM_LIFE = Duration.ofDays(7);
    /**
     * Issuing an evaluation's link again this soon, to the same tutor, keeps the first link: a client retrying after
     * a timeout, or a double click, neither mails the tutor twice nor kills the link just mailed.
     */
    static final Duration REISSUE_WINDOW = Duration.ofMinutes(10);
    /** A final report is a few pages of plain text. */
    static final int REPORT_LENGTH = 20_000;

    private final Agreements agreements;
    private final InternshipFollowUps followUps;
    private final AgreementRules rules;
    private final AgreementDocuments documents;
    private final DocumentArchive archive;
    private final SecretTokens tokens;
    private final HeldAgreements held;
    private final EvaluationMail mail;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public FollowUpService(Agreements agreements, InternshipFollowUps followUps, AgreementRules rules,
                           AgreementDocuments documents, DocumentArchive archive, SecretTokens tokens,
                           RestrictedRecords restrictions, EvaluationMail mail, IdGenerator ids, EventFactory events,
                           Clock clock) {
        this.agreements = agreements;
        this.followUps = followUps;
        this.rules = rules;
        this.documents = documents;
        this.archive = archive;
        this.tokens = tokens;
        this.held = new HeldAgreements(restrictions);
        this.mail = mail;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<InternshipFollowUp> find(Actor actor, String agreementId) {
        return readable(actor, agreementId).flatMap(agreement -> followUps.findById(agreement.id()));
    }

    @Override
    public Map<String, InternshipFollowUp> findAll(Actor actor, Collection<String> agreementIds) {
        List<String> readable = held.readable(actor, agreements.findAllById(agreementIds)).stream()
                .map(Agreement::id).toList();
        return followUps.findAllById(readable).stream()
                .collect(Collectors.toMap(InternshipFollowUp::id, followUp -> followUp));
    }

    @Override
    public InternshipFollowUp updateItem(Actor actor, String agreementId, FollowUpKind kind, ItemUpdate update) {
        Checks checks = new Checks();
        checks.required("kind", kind);
        checks.required("status", update.status());
        String notes = checks.optionalText("notes", update.notes(), Limits.LONG_TEXT, TextKind.PROSE);
        DateWindow plans = DateWindow.plans(PlatformCalendar.today(clock));
        checks.date("dueOn", update.dueOn(), plans);
        checks.date("doneOn", update.doneOn(), plans);
        checks.throwIfAny();
        // The host updates the tutor's steps; the school every step.
        BiPredicate<Actor, Agreement> allowed = kind.owner() == FollowUpKind.FollowUpOwner.TUTOR
                ? AgreementAccess::actsForSchoolOrCompany : AgreementAccess::actsForSchool;
        return change(actor, agreementId, allowed, AgreementEvents.FOLLOW_UP_CHANGED,
                (agreement, followUp) -> followUp.withItem(kind, item -> item.updated(update.status(),
                        update.dueOn(), update.doneOn(), notes, actor.subject(), PlatformCalendar.today(clock),
                        clock.instant()), clock.instant()));
    }

    @Override
    public InternshipFollowUp setObjectives(Actor actor, String agreementId, List<String> objectives) {
        Checks checks = new Checks();
        List<String> texts = checks.texts("objectives", objectives, Limits.LONG_TEXT, TextKind.PROSE);
        checks.throwIfAny();
        return change(actor, agreementId, AgreementAccess::actsForSchool, AgreementEvents.FOLLOW_UP_CHANGED,
                (agreement, followUp) -> followUp.withObjectives(texts, clock.instant()));
    }

    /**
     * The token leaves the platform twice, in this answer and in the tutor's mail, and is kept only as its hash. If
     * the mail cannot be handed over, the link still holds and the answer says so: the school passes it on.
     *
     * <p>Idempotent for {@link #REISSUE_WINDOW}: while the evaluation's link was issued that recently to the same
     * tutor and still holds, issuing again keeps it (no new token, no mail) and says so. The check runs inside the
     * compare-and-swap of the follow-up, so of simultaneous requests exactly one issues and mails a link. To replace
     * a recent link on purpose, revoke it first.
     */
    @Override
    public IssuedLink issueEvaluationLink(Actor actor, String agreementId, EvaluationKind kind) {
        requireKind(kind);
        String token = tokens.newToken();
        Instant now = clock.instant();
        EvaluationLink[] issued = new EvaluationLink[1];
        Evaluation[] replaced = new Evaluation[1];
        InternshipFollowUp followUp = change(actor, agreementId, AgreementAccess::actsForSchool,
                AgreementEvents.EVALUATION_LINK_ISSUED, (agreement, current) -> {
                    if (agreement.status() == AgreementStatus.CANCELLED) {
                        throw BusinessRuleViolation.of("agreementId", ErrorCode.INVALID_STATE,
                                "error.followup.cancelled");
                    }
                    Evaluation evaluation = current.evaluation(kind);
                    String tutor = agreement.parties().tutor().email();
                    if (evaluation.linkedRecently(tutor, now.minus(REISSUE_WINDOW), now)) {
                        issued[0] = null;
                        return current;
                    }
                    replaced[0] = evaluation;
                    Instant expires = latest(PlatformCalendar.dayOf(now).isAfter(evaluation.dueOn()) ? now
                            : evaluation.dueOn().plusDays(1).atStartOfDay(PlatformCalendar.ZONE).toInstant(),
                            now.plus(LINK_MINIMUM_LIFE));
                    issued[0] = new EvaluationLink(ids.newId(), Sha256.of(token.getBytes(StandardCharsets.UTF_8)),
                            tutor, now, expires.plus(LINK_GRACE), actor.subject(), null);
                    return current.withLinkIssued(kind, issued[0], now);
                });
        if (issued[0] == null) {
            EvaluationLink kept = followUp.evaluation(kind).link();
            return new IssuedLink(followUp, kind, null, null, kept.expiresAt(), false, kept);
        }
        mail.cancelReminders(replaced[0]);
        Agreement agreement = readable(actor, agreementId).orElseThrow();
        boolean mailed = mail.linkIssued(agreement, followUp.evaluation(kind), token);
        return new IssuedLink(followUp, kind, token, mail.formUrl(token), issued[0].expiresAt(), mailed, null);
    }

    @Override
    public InternshipFollowUp revokeEvaluationLink(Actor actor, String agreementId, EvaluationKind kind) {
        requireKind(kind);
        InternshipFollowUp revoked = change(actor, agreementId, AgreementAccess::actsForSchoolOrCompany,
                AgreementEvents.FOLLOW_UP_CHANGED,
                (agreement, followUp) -> followUp.withLinkRevoked(kind, clock.instant()));
        mail.cancelReminders(revoked.evaluation(kind));
        return revoked;
    }

    @Override
    public Optional<EvaluationForm> evaluationForm(String token) {
        return openThrough(token).flatMap(followUp -> form(followUp, evaluationOf(followUp, token)));
    }

    /**
     * Each attempt finds the form again by the token, so a link revoked or used meanwhile gives nothing; the
     * evaluation and (for the final one) the report's co-signature are one write.
     */
    @Override
    public Optional<EvaluationForm> submitEvaluation(String token, List<ObjectiveRating> ratings, String comment,
                                                     boolean cosignReport) {
        Checks checks = new Checks();
        List<ObjectiveRating> given = new ArrayList<>();
        List<ObjectiveRating> sent = checks.list("ratings", ratings);
        for (int i = 0; i < sent.size(); i++) {
            ObjectiveRating rating = checks.required("ratings." + i, sent.get(i));
            if (rating != null) {
                given.add(new ObjectiveRating(rating.objectiveId(), rating.level(), checks.optionalText(
                        "ratings." + i + ".comment", rating.comment(), Limits.LONG_TEXT, TextKind.PROSE)));
            }
        }
        String cleanComment = checks.optionalText("comment", comment, Limits.LONG_TEXT, TextKind.PROSE);
        checks.throwIfAny();
        if (openThrough(token).isEmpty()) {
            return Optional.empty();
        }
        InternshipFollowUp saved = new VersionedChange<InternshipFollowUp>(
                () -> openThrough(token).orElseThrow(() -> new NotFoundException("EvaluationForm", "link")),
                InternshipFollowUp::version,
                (before, after) -> followUps.update(after, events.changed(AgreementEvents.EVALUATION_GIVEN,
                        new Initiator(Evaluation.VIA_LINK, Set.of(), null, null, null), before, after,
                        Map.of("followUp", after.id()))))
                .apply(null, followUp -> {
                    Evaluation evaluation = evaluationOf(followUp, token);
                    InternshipFollowUp evaluated = followUp.evaluated(evaluation.kind(), given, cleanComment,
                            Evaluation.VIA_LINK, clock.instant());
                    if (cosignReport && evaluation.kind() == EvaluationKind.FINAL) {
                        String tutor = agreements.findById(followUp.id()).map(a -> a.parties().tutor().name())
                                .orElse(Evaluation.VIA_LINK);
                        evaluated = evaluated.reportCosigned(tutor, clock.instant());
                    }
                    return evaluated;
                });
        Evaluation used = saved.evaluations().stream().filter(e -> e.link() != null
                && e.link().tokenSha256().equals(hash(token))).findFirst().orElseThrow();
        mail.cancelReminders(used);
        return form(saved, used);
    }

    @Override
    public InternshipFollowUp submitReport(Actor actor, String agreementId, String summary) {
        Checks checks = new Checks();
        String text = checks.text("summary", summary, REPORT_LENGTH, TextKind.PROSE);
        checks.throwIfAny();
        return change(actor, agreementId, AgreementAccess::isIntern, AgreementEvents.FOLLOW_UP_CHANGED,
                (agreement, followUp) -> followUp.withReport(text, actor.subject(), clock.instant()));
    }

    @Override
    public InternshipFollowUp cosignReport(Actor actor, String agreementId) {
        return change(actor, agreementId, AgreementAccess::actsForCompany, AgreementEvents.FOLLOW_UP_CHANGED,
                (agreement, followUp) -> followUp.reportCosigned(actor.displayName() == null ? actor.subject()
                        : actor.displayName(), clock.instant()));
    }

    @Override
    public InternshipFollowUp validateEcts(Actor actor, String agreementId, int credits) {
        return change(actor, agreementId, AgreementAccess::actsForSchool, AgreementEvents.FOLLOW_UP_CHANGED,
                (agreement, followUp) -> followUp.ectsValidated(credits, actor.subject(), clock.instant()));
    }

    /**
     * Presence is counted on the terms in force (amendments included), to the last day, or to the day the
     * internship was interrupted.
     */
    @Override
    public InternshipFollowUp issueAttestation(Actor actor, String agreementId, Money gratificationPaid) {
        if (gratificationPaid == null || gratificationPaid.amountInMinorUnits() < 0) {
            throw BusinessRuleViolation.of("gratificationPaid", ErrorCode.OUT_OF_RANGE, "error.number.negative");
        }
        return change(actor, agreementId, AgreementAccess::actsForSchoolOrCompany,
                AgreementEvents.ATTESTATION_ISSUED, (agreement, followUp) -> {
                    if (agreement.status() != AgreementStatus.COMPLETED
                            && agreement.status() != AgreementStatus.INTERRUPTED) {
                        throw BusinessRuleViolation.of("agreementId", ErrorCode.INVALID_STATE,
                                "error.certificate.not-ended", agreement.status());
                    }
                    Presence presence = rules.presenceUntil(agreement.terms(), agreement.lastDayOfPresence());
                    Attestation attestation = new Attestation(presence.totalMinutes(), presence.days(),
                            gratificationPaid, null, actor.subject(), clock.instant());
                    byte[] pdf = documents.attestation(agreement, attestation);
                    String sha = Sha256.of(pdf);
                    archive.put(new ArchivedDocument(DocumentKeys.attestation(agreement.id()), DocumentKeys.PDF, pdf,
                            sha, clock.instant()));
                    return followUp.attested(attestation.withDocument(sha), clock.instant());
                });
    }

    @Override
    public Optional<ArchivedDocument> attestation(Actor actor, String agreementId) {
        return find(actor, agreementId).filter(f -> f.attestation() != null)
                .flatMap(f -> archive.find(DocumentKeys.attestation(f.id())));
    }

    private Optional<Agreement> readable(Actor actor, String agreementId) {
        return held.readable(actor, agreements.findById(agreementId));
    }

    /**
     * The follow-up whose live link has this token, while its evaluation is not given and no legal hold restricts
     * its agreement (the tutor is no longer among its readers).
     */
    private Optional<InternshipFollowUp> openThrough(String token) {
        if (token == null || token.isBlank() || token.length() > Limits.CODE * 4) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = clock.instant();
        return followUps.findByLinkTokenSha256(hash).filter(f -> f.evaluations().stream()
                .anyMatch(e -> e.link() != null && e.link().tokenSha256().equals(hash) && e.openThroughLink(now)))
                .filter(f -> !held.isHeld(f.id()));
    }

    private static Evaluation evaluationOf(InternshipFollowUp followUp, String token) {
        String hash = hash(token);
        return followUp.evaluations().stream().filter(e -> e.link() != null && e.link().tokenSha256().equals(hash))
                .findFirst().orElseThrow();
    }

    private Optional<EvaluationForm> form(InternshipFollowUp followUp, Evaluation evaluation) {
        return agreements.findById(followUp.id()).map(agreement -> new EvaluationForm(evaluation.kind(),
                agreement.parties().learner().name(), agreement.parties().company().name(),
                agreement.parties().school().name(), agreement.parties().tutor().name(),
                agreement.terms().period().start(), agreement.terms().period().end(), evaluation.dueOn(),
                followUp.objectives(), evaluation.kind() == EvaluationKind.FINAL && followUp.finalReport() != null
                ? followUp.finalReport().summary() : null, evaluation.submitted(), evaluation.link().expiresAt()));
    }

    private static String hash(String token) {
        return Sha256.of(token.getBytes(StandardCharsets.UTF_8));
    }

    private static void requireKind(EvaluationKind kind) {
        Checks checks = new Checks();
        checks.required("kind", kind);
        checks.throwIfAny();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A change to the follow-up of a readable agreement, by someone the rule allows, under optimistic locking. */
    private InternshipFollowUp change(Actor actor, String agreementId, BiPredicate<Actor, Agreement> allowed,
                                      String eventType, FollowUpChange change) {
        Agreement agreement = readable(actor, agreementId)
                .orElseThrow(() -> new NotFoundException("Agreement", agreementId));
        if (!allowed.test(actor, agreement)) {
            throw new ForbiddenException("error.forbidden.followup-step");
        }
        UnaryOperator<InternshipFollowUp> step = followUp -> change.apply(agreement, followUp);
        return new VersionedChange<>(() -> followUps.findById(agreementId).orElseThrow(() ->
                BusinessRuleViolation.of("agreementId", ErrorCode.INVALID_STATE,
                        "error.followup.not-open")),
                InternshipFollowUp::version,
                (before, after) -> followUps.update(after, events.changed(eventType,
                        actor.initiatorFor(Tenant.school(agreement.schoolId())), before, after,
                        attributes(agreement))))
                .apply(null, step);
    }

    private static Map<String, String> attributes(Agreement agreement) {
        Map<String, String> attributes = new HashMap<>(AgreementService.attributes(agreement));
        attributes.put("followUp", agreement.id());
        return Map.copyOf(attributes);
    }

    /** What a follow-up change does, knowing its agreement. */
    @FunctionalInterface
    private interface FollowUpChange {
        InternshipFollowUp apply(Agreement agreement, InternshipFollowUp followUp);
    }
}
