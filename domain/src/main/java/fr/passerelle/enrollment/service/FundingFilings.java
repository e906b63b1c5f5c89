package fr.passerelle.enrollment.service;

import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.FunderRequest;
import fr.passerelle.enrollment.model.FunderRequestState;
import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.model.FundingLine;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.port.out.FranceTravailGateway;
import fr.passerelle.enrollment.port.out.FranceTravailQuote;
import fr.passerelle.enrollment.port.out.FranceTravailScheme;
import fr.passerelle.enrollment.port.out.FunderRefusedException;
import fr.passerelle.enrollment.port.out.OpcoFundingRequest;
import fr.passerelle.enrollment.port.out.OpcoGateway;
import fr.passerelle.enrollment.port.out.OpcoRequestFiling;
import fr.passerelle.enrollment.port.out.QuoteFiling;
import fr.passerelle.enrollment.port.out.TrainingAccountFolder;
import fr.passerelle.enrollment.port.out.TrainingAccountGateway;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asks the funders through their gateways, each command keyed by (enrollment, line, attempt, command) so a retry
 * answers the first filing. Per line:
 * <ul>
 *   <li>training account: the holder's request already exists on Mon Compte Formation; its folder number is the
 *       line's reference, and requesting reads the folder (the organisation then validates it within 2 working
 *       days, {@link #validateFolder});</li>
 *   <li>France Travail (AIF, POEI, POEC): a quote, for the job seeker's identifier ({@link FunderRequest#accountId});
 *   </li>
 *   <li>OPCO: a funding request for the employer's SIRET ({@link FunderRequest#accountId});</li>
 *   <li>region, employer: no gateway; the line waits for staff to confirm the funder's agreement.</li>
 * </ul>
 */
public class FundingFilings {

    private static final Set<FundingSource> WITH_GATEWAY = Set.of(FundingSource.TRAINING_ACCOUNT,
            FundingSource.FRANCE_TRAVAIL_AIF, FundingSource.FRANCE_TRAVAIL_POEI, FundingSource.FRANCE_TRAVAIL_POEC,
            FundingSource.OPCO);

    /** What a funder answered to a filing: its reference (null when it gave none), state and deadline. */
    record Filed(int attempt, String reference, FunderRequestState state, LocalDate deadline) {
    }

    /** The lines filed, and why the others could not be (the use case keeps the first and reports the rest). */
    record Outcome(Map<FundingSource, Filed> filed, List<Violation> failures) {
    }

    private final Sessions sessions;
    private final Programmes programmes;
    private final TrainingAccountGateway trainingAccount;
    private final FranceTravailGateway franceTravail;
    private final OpcoGateway opco;

    public FundingFilings(Sessions sessions, Programmes programmes, TrainingAccountGateway trainingAccount,
                          FranceTravailGateway franceTravail, OpcoGateway opco) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.trainingAccount = trainingAccount;
        this.franceTravail = franceTravail;
        this.opco = opco;
    }

    static boolean hasGateway(FundingSource source) {
        return WITH_GATEWAY.contains(source);
    }

    /** The lines whose funder numbers the request when it is filed (a quote, an OPCO request). */
    static boolean numbersItself(FundingSource source) {
        return hasGateway(source) && source != FundingSource.TRAINING_ACCOUNT;
    }

    /** Files every line not requested yet. */
    Outcome file(Enrollment enrollment, Funding funding) {
        Map<FundingSource, Filed> filed = new EnumMap<>(FundingSource.class);
        List<Violation> failures = new ArrayList<>();
        for (FunderRequest request : funding.requests()) {
            if (request.state() != FunderRequestState.NOT_REQUESTED) {
                continue;
            }
            FundingLine line = funding.line(request.source()).orElseThrow();
            String path = "lines." + request.source();
            try {
                filed.put(request.source(), file(enrollment, funding, line, request, path));
            } catch (BusinessRuleViolation refused) {
                failures.addAll(refused.violations());
            } catch (FunderRefusedException refused) {
                failures.add(Violation.of(path, ErrorCode.INVALID, "error.funding.funder-refused",
                        request.source()));
            }
        }
        return new Outcome(filed, failures);
    }

    private Filed file(Enrollment enrollment, Funding funding, FundingLine line, FunderRequest request, String path) {
        String key = request.idempotencyKey(enrollment.id(), "file");
        switch (line.source()) {
            case TRAINING_ACCOUNT -> {
                if (line.funderReference() == null) {
                    throw BusinessRuleViolation.of(path + ".funderReference", ErrorCode.REQUIRED,
                            "error.funding.folder-required");
                }
                TrainingAccountFolder folder = trainingAccount.folder(line.funderReference()).orElseThrow(() ->
                        BusinessRuleViolation.of(path + ".funderReference", ErrorCode.INVALID,
                                "error.funding.unknown-folder"));
                // A folder number is no proof of ownership: the folder must be for this session and this price, or
                // any school could take (then validate, refuse or cancel) another school's learner's folder.
                String sessionReference = session(enrollment).details().funders().trainingAccountSessionId();
                if (sessionReference == null || !sessionReference.equals(folder.sessionReference())
                        || !funding.plan().price().equals(folder.price())) {
                    throw BusinessRuleViolation.of(path + ".funderReference", ErrorCode.INVALID,
                            "error.funding.folder-not-this-session");
                }
                return new Filed(request.attempt(), folder.number(), FunderStates.of(folder.state()),
                        folder.deadline());
            }
            case FRANCE_TRAVAIL_AIF, FRANCE_TRAVAIL_POEI, FRANCE_TRAVAIL_POEC -> {
                String jobSeeker = requireAccount(request, path, "error.funding.job-seeker-required");
                Session session = session(enrollment);
                Programme programme = programme(enrollment);
                String sessionNumber = session.details().funders().franceTravailSessionNumber();
                Integer hours = programme.details().durationHours();
                FranceTravailQuote quote = franceTravail.fileQuote(new QuoteFiling(scheme(line.source()), jobSeeker,
                        sessionNumber == null ? session.id() : sessionNumber, line.amount(), funding.plan().price(),
                        others(funding, line.source()), hours == null ? 0 : hours,
                        session.details().dates().start()), key);
                // A retried filing answers the quote as first filed: read it again for its state now.
                FranceTravailQuote now = franceTravail.quote(quote.number()).orElse(quote);
                return new Filed(request.attempt(), now.number(), FunderStates.of(now.state()), now.answerBy());
            }
            case OPCO -> {
                String siret = requireAccount(request, path, "error.funding.siret-required");
                OpcoFundingRequest submitted = opco.submit(new OpcoRequestFiling(siret, enrollment.sessionId(), false,
                        1, line.amount()), key);
                OpcoFundingRequest now = opco.request(submitted.number()).orElse(submitted);
                return new Filed(request.attempt(), now.number(), FunderStates.of(now.state()), now.nextStepBy());
            }
            default -> {
                return new Filed(request.attempt(), null, FunderRequestState.REQUESTED, null);
            }
        }
    }

    /** The organisation accepts the holder's request: the proposal goes to the holder (4 working days). */
    Filed validateFolder(String enrollmentId, String number, FunderRequest request) {
        try {
            TrainingAccountFolder folder = trainingAccount.validate(number,
                    request.idempotencyKey(enrollmentId, "validate"));
            return new Filed(request.attempt(), number, FunderStates.of(folder.state()), folder.deadline());
        } catch (FunderRefusedException refused) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID, "error.funding.funder-refused",
                    FundingSource.TRAINING_ACCOUNT);
        }
    }

    /**
     * Gives up a request the funder holds, where its gateway can: the training account's folder is refused (not
     * answered yet) or cancelled (validated or accepted). France Travail's quotes and OPCO requests have no withdrawal
     * in their services: staff withdraw them on the funder's own portal. A folder the platform no longer lets the
     * organisation cancel (it moved on meanwhile) is left as it is: its notification is ignored by the reset line.
     */
    void withdraw(String enrollmentId, Funding.Withdrawn withdrawn) {
        if (withdrawn.source() != FundingSource.TRAINING_ACCOUNT || withdrawn.reference() == null) {
            return;
        }
        String key = withdrawn.request().idempotencyKey(enrollmentId, "withdraw");
        try {
            if (withdrawn.request().state() == FunderRequestState.REQUESTED) {
                trainingAccount.refuse(withdrawn.reference(), key);
            } else {
                trainingAccount.cancel(withdrawn.reference(), key);
            }
        } catch (FunderRefusedException alreadyMovedOn) {
            // Nothing to give up any more: the folder ended or moved past what the organisation may cancel.
        }
    }

    private static String requireAccount(FunderRequest request, String path, String key) {
        if (request.accountId() == null) {
            throw BusinessRuleViolation.of(path + ".accountId", ErrorCode.REQUIRED, key);
        }
        return request.accountId();
    }

    private static FranceTravailScheme scheme(FundingSource source) {
        return switch (source) {
            case FRANCE_TRAVAIL_POEI -> FranceTravailScheme.POEI;
            case FRANCE_TRAVAIL_POEC -> FranceTravailScheme.POEC;
            default -> FranceTravailScheme.AIF;
        };
    }

    /** What the other funders pay: France Travail's aid is the last resort. */
    private static Money others(Funding funding, FundingSource source) {
        return funding.plan().lines().stream()
                .filter(l -> l.source() != source && l.source() != FundingSource.LEARNER)
                .map(FundingLine::amount).reduce(Money.zero(funding.plan().price().currency()), Money::plus);
    }

    private Session session(Enrollment enrollment) {
        return sessions.findById(enrollment.sessionId())
                .orElseThrow(() -> new NotFoundException("Session", enrollment.sessionId()));
    }

    private Programme programme(Enrollment enrollment) {
        return programmes.findById(enrollment.programmeId())
                .orElseThrow(() -> new NotFoundException("Programme", enrollment.programmeId()));
    }
}
