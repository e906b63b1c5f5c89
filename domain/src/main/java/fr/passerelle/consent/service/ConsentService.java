package fr.passerelle.consent.service;

import fr.passerelle.consent.model.ConsentDecision;
import fr.passerelle.consent.model.ConsentLedger;
import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.consent.model.ConsentRecord;
import fr.passerelle.consent.model.ConsentSource;
import fr.passerelle.consent.model.CurrentConsent;
import fr.passerelle.consent.port.in.ConsentCommand;
import fr.passerelle.consent.port.in.ConsentUseCases;
import fr.passerelle.consent.port.out.ConsentRecords;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.port.in.LearnerUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.util.List;

/**
 * Appends to the consent ledger and folds it. A decision that repeats the person's current one word for word (same
 * decision, wording and source: a double click, a retried request) appends nothing, so retries are harmless.
 */
public class ConsentService implements ConsentUseCases {

    /** The recorder of one-click unsubscriptions: nobody signed in, the link's sealed token named the person. */
    static final String ONE_CLICK_RECORDER = "system";
    /** The wording of a one-click unsubscription is the mail's {@code List-Unsubscribe} header itself. */
    static final String ONE_CLICK_WORDING = "list-unsubscribe";

    private final ConsentRecords records;
    private final LearnerUseCases learners;
    private final IdGenerator ids;
    private final Clock clock;

    public ConsentService(ConsentRecords records, LearnerUseCases learners, IdGenerator ids, Clock clock) {
        this.records = records;
        this.learners = learners;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public List<CurrentConsent> mine(Actor actor) {
        return ConsentLedger.fold(actor.subject(), records.latestPerPurpose(actor.subject()));
    }

    @Override
    public CurrentConsent decide(Actor actor, ConsentCommand command) {
        return append(actor.subject(), command, ConsentSource.SELF_SERVICE, actor.subject());
    }

    @Override
    public CurrentConsent recordOnBehalf(Actor actor, String learnerId, ConsentCommand command, ConsentSource source) {
        Learner learner = learners.find(actor, learnerId)
                .orElseThrow(() -> new NotFoundException("Learner", learnerId));
        if (source == null) {
            throw BusinessRuleViolation.of("source", ErrorCode.REQUIRED, "error.value.required");
        }
        if (!source.onBehalf()) {
            throw BusinessRuleViolation.of("source", ErrorCode.INVALID, "error.consent.source-not-witnessed");
        }
        if (learner.subject() == null) {
            // The ledger follows the person's account, which mails and data-subject requests reach them by.
            throw BusinessRuleViolation.of("learnerId", ErrorCode.INVALID_STATE, "error.consent.no-account");
        }
        if (learner.subject().equals(actor.subject())) {
            throw BusinessRuleViolation.of("learnerId", ErrorCode.INVALID, "error.consent.own-on-behalf");
        }
        return append(learner.subject(), command, source, actor.subject());
    }

    @Override
    public void unsubscribe(String subject, ConsentPurpose purpose) {
        if (granted(subject, purpose)) {
            append(subject, new ConsentCommand(purpose, ConsentDecision.WITHDRAWN, ONE_CLICK_WORDING),
                    ConsentSource.ONE_CLICK_UNSUBSCRIBE, ONE_CLICK_RECORDER);
        }
    }

    @Override
    public boolean granted(String subject, ConsentPurpose purpose) {
        ConsentRecord latest = records.latest(subject, purpose);
        return ConsentLedger.current(subject, purpose, latest == null ? List.of() : List.of(latest)).granted();
    }

    private CurrentConsent append(String subject, ConsentCommand command, ConsentSource source, String recordedBy) {
        ConsentRecord latest = records.latest(subject, command.purpose());
        if (latest != null && latest.decision() == command.decision() && latest.source() == source
                && latest.wordingVersion().equals(command.wordingVersion())) {
            return new CurrentConsent(subject, command.purpose(), latest);
        }
        ConsentRecord entry = new ConsentRecord(ids.newId(), subject, command.purpose(), command.decision(), source,
                command.wordingVersion(), recordedBy, clock.instant());
        records.append(entry);
        return ConsentLedger.current(subject, command.purpose(),
                latest == null ? List.of(entry) : List.of(latest, entry));
    }
}
