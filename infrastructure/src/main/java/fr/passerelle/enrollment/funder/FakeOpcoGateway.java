package fr.passerelle.enrollment.funder;

import static fr.passerelle.enrollment.port.out.OpcoRequestState.AGREED;
import static fr.passerelle.enrollment.port.out.OpcoRequestState.ATTENDANCE_PROVED;
import static fr.passerelle.enrollment.port.out.OpcoRequestState.PAID;
import static fr.passerelle.enrollment.port.out.OpcoRequestState.REFUSED;
import static fr.passerelle.enrollment.port.out.OpcoRequestState.SUBMITTED;
import static fr.passerelle.enrollment.port.out.OpcoRequestState.UNDER_REVIEW;

import fr.passerelle.enrollment.port.in.FundingEvents;
import fr.passerelle.enrollment.port.in.FundingStatusChanged;
import fr.passerelle.enrollment.port.out.FunderRefusedException;
import fr.passerelle.enrollment.port.out.OpcoFundingRequest;
import fr.passerelle.enrollment.port.out.OpcoGateway;
import fr.passerelle.enrollment.port.out.OpcoRequestFiling;
import fr.passerelle.enrollment.port.out.OpcoRequestState;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.WorkingDays;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An OPCO's portal as a fake, for dev and tests. A submitted request is under review from the next working day, decided
 * on the {@link #DECISION_WORKING_DAYS}th working day (agreed for the amount asked, or at most the cap set for the
 * employer by {@link #capFor}; refused for an employer set by {@link #refuseFor} or capped at zero), and paid
 * {@link #PAYMENT_WORKING_DAYS} working days after the proof of attendance. Steps are applied against the
 * {@link Clock} on every read and command, each at the start of its day (Paris).
 */
public class FakeOpcoGateway implements OpcoGateway {

    static final int DECISION_WORKING_DAYS = 5;
    static final int PAYMENT_WORKING_DAYS = 10;

    private record Request(OpcoRequestFiling filing, OpcoFundingRequest state) {
    }

    private final Clock clock;
    private final Notifications<FundingStatusChanged> notifications;
    private final IdempotencyKeys keys = new IdempotencyKeys();
    private final Map<String, Request> requests = new LinkedHashMap<>();
    private final Map<String, Money> caps = new HashMap<>();
    private final Set<String> refused = new HashSet<>();

    public FakeOpcoGateway(Clock clock, FundingEvents listener) {
        this.clock = clock;
        this.notifications = new Notifications<>(FundingStatusChanged::new, listener::statusChanged);
    }

    @Override
    public synchronized OpcoFundingRequest submit(OpcoRequestFiling filing, String idempotencyKey) {
        applySteps();
        return keys.once(idempotencyKey, "submit " + filing, OpcoFundingRequest.class, () -> {
            if (!Euros.required(filing.asked()).isPositive() || filing.trainees() < 1) {
                throw new FunderRefusedException("request cannot be submitted");
            }
            String number = "OPCO-" + (requests.size() + 1);
            LocalDate today = PlatformCalendar.today(clock);
            OpcoFundingRequest request = new OpcoFundingRequest(number, filing.asked(), null, SUBMITTED,
                    WorkingDays.after(today, 1));
            requests.put(number, new Request(filing, request));
            notifications.changed(number, SUBMITTED, clock.instant());
            return request;
        });
    }

    @Override
    public synchronized Optional<OpcoFundingRequest> request(String number) {
        applySteps();
        return Optional.ofNullable(requests.get(number)).map(Request::state);
    }

    @Override
    public synchronized OpcoFundingRequest proveAttendance(String number, String idempotencyKey) {
        applySteps();
        return keys.once(idempotencyKey, "attendance " + number, OpcoFundingRequest.class, () -> {
            Request request = requests.get(number);
            if (request == null || request.state().state() != AGREED) {
                throw new FunderRefusedException("attendance is proved for an agreed request");
            }
            LocalDate today = PlatformCalendar.today(clock);
            return step(request, ATTENDANCE_PROVED, request.state().agreed(),
                    WorkingDays.after(today, PAYMENT_WORKING_DAYS), null);
        });
    }

    /** The OPCO agrees at most {@code cap} for this employer's requests. */
    public synchronized void capFor(String employerSiret, Money cap) {
        caps.put(employerSiret, Euros.required(cap));
    }

    /** The OPCO refuses this employer's requests. */
    public synchronized void refuseFor(String employerSiret) {
        refused.add(employerSiret);
    }

    public synchronized void redeliverNotifications() {
        notifications.redeliverAll();
    }

    public synchronized List<FundingStatusChanged> notifications() {
        return notifications.sent();
    }

    /** Takes every step that is due, as many as time allows (a request can be reviewed and decided in one read). */
    public synchronized void applySteps() {
        DueSteps.apply(clock, requests.values(), request -> request.state().nextStepBy(), this::next);
    }

    private Request next(Request request, LocalDate due) {
        OpcoFundingRequest now = request.state();
        OpcoFundingRequest moved = switch (now.state()) {
            case SUBMITTED -> step(request, UNDER_REVIEW, null,
                    WorkingDays.after(due, DECISION_WORKING_DAYS - 1), due);
            case UNDER_REVIEW -> decide(request, due);
            case ATTENDANCE_PROVED -> step(request, PAID, now.agreed(), null, due);
            default -> throw new IllegalStateException("no automatic step from " + now.state());
        };
        return new Request(request.filing(), moved);
    }

    /** An OPCO never agrees to pay nothing: a cap of zero is a refusal. */
    private OpcoFundingRequest decide(Request request, LocalDate due) {
        Money agreed = agreed(request);
        return refused.contains(request.filing().employerSiret()) || !agreed.isPositive()
                ? step(request, REFUSED, null, null, due)
                : step(request, AGREED, agreed, null, due);
    }

    private Money agreed(Request request) {
        Money asked = request.filing().asked();
        Money cap = caps.get(request.filing().employerSiret());
        return cap != null && cap.isLessThan(asked) ? cap : asked;
    }

    /** @param on the day the step happened, null for now */
    private OpcoFundingRequest step(Request request, OpcoRequestState state, Money agreed, LocalDate nextStepBy,
                                    LocalDate on) {
        OpcoFundingRequest moved = new OpcoFundingRequest(request.state().number(), request.state().asked(), agreed,
                state, nextStepBy);
        requests.put(moved.number(), new Request(request.filing(), moved));
        notifications.changed(moved.number(), state,
                on == null ? clock.instant() : DueSteps.startOf(on));
        return moved;
    }
}
