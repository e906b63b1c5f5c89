package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.FunderRequest;
import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.model.FundingLine;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.port.in.FundingEvents;
import fr.passerelle.enrollment.port.in.FundingStatusChanged;
import fr.passerelle.enrollment.port.out.FranceTravailGateway;
import fr.passerelle.enrollment.port.out.FranceTravailQuote;
import fr.passerelle.enrollment.port.out.FunderState;
import fr.passerelle.enrollment.port.out.Fundings;
import fr.passerelle.enrollment.port.out.OpcoFundingRequest;
import fr.passerelle.enrollment.port.out.OpcoGateway;
import fr.passerelle.enrollment.port.out.TrainingAccountFolder;
import fr.passerelle.enrollment.port.out.TrainingAccountGateway;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Looks at a funder's record the day after its request's deadline (the organisation's 2 working days, the holder's
 * 4, France Travail's answer day, the OPCO's next step), and daily while it stays pending: what the funder says then
 * is applied like a notification ({@link FundingEvents}, forward only, so a notification that did arrive changes
 * nothing). A webhook lost on the way is caught up this way, and the funders' fakes, which take their due steps when
 * read, move on by themselves in dev. Durable reminders, so a restart loses no look.
 */
public class FundingFollowUps implements ReminderHandler {

    static final String KIND = "enrollment-funding-follow-up";
    private static final String ENROLLMENT = "enrollmentId";
    private static final String SOURCE = "source";

    private final Fundings fundings;
    private final Reminders reminders;
    private final TrainingAccountGateway trainingAccount;
    private final FranceTravailGateway franceTravail;
    private final OpcoGateway opco;
    private final FundingEvents listener;
    private final Clock clock;

    public FundingFollowUps(Fundings fundings, Reminders reminders, TrainingAccountGateway trainingAccount,
                            FranceTravailGateway franceTravail, OpcoGateway opco, FundingEvents listener,
                            Clock clock) {
        this.fundings = fundings;
        this.reminders = reminders;
        this.trainingAccount = trainingAccount;
        this.franceTravail = franceTravail;
        this.opco = opco;
        this.listener = listener;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** A look at each pending request with a funder, the day after its deadline (or tomorrow once it passed). */
    public void schedule(Funding funding) {
        LocalDate tomorrow = PlatformCalendar.today(clock).plusDays(1);
        for (FunderRequest request : funding.requests()) {
            if (!request.state().isPending() || !FundingFilings.hasGateway(request.source())) {
                continue;
            }
            LocalDate after = request.answerBy() == null ? tomorrow : request.answerBy().plusDays(1);
            LocalDate day = after.isBefore(tomorrow) ? tomorrow : after;
            reminders.schedule(new Reminder(request.idempotencyKey(funding.id(), "follow-up:" + day), KIND,
                    day.atStartOfDay(PlatformCalendar.ZONE).toInstant(),
                    Map.of(ENROLLMENT, funding.id(), SOURCE, request.source().name())));
        }
    }

    @Override
    public void fire(Reminder reminder) {
        FundingSource source = FundingSource.valueOf(reminder.attribute(SOURCE));
        fundings.findById(reminder.attribute(ENROLLMENT)).ifPresent(funding -> {
            boolean pending = funding.request(source).filter(r -> r.state().isPending()).isPresent();
            String reference = funding.line(source).map(FundingLine::funderReference).orElse(null);
            if (!pending || reference == null) {
                return;
            }
            stateAt(source, reference).ifPresent(state -> listener.statusChanged(new FundingStatusChanged(
                    "follow-up:" + reminder.key(), reference, state, clock.instant())));
            fundings.findById(funding.id()).ifPresent(this::schedule);
        });
    }

    private Optional<FunderState> stateAt(FundingSource source, String reference) {
        return switch (source) {
            case TRAINING_ACCOUNT -> trainingAccount.folder(reference).map(TrainingAccountFolder::state);
            case OPCO -> opco.request(reference).map(OpcoFundingRequest::state);
            default -> franceTravail.quote(reference).map(FranceTravailQuote::state);
        };
    }
}
