package fr.passerelle.enrollment.funder;

import fr.passerelle.enrollment.port.in.FundingEvents;
import fr.passerelle.enrollment.port.in.FundingStatusChanged;
import fr.passerelle.enrollment.port.out.FranceTravailGateway;
import fr.passerelle.enrollment.port.out.FranceTravailQuote;
import fr.passerelle.enrollment.port.out.FranceTravailScheme;
import fr.passerelle.enrollment.port.out.FunderRefusedException;
import fr.passerelle.enrollment.port.out.QuoteFiling;
import fr.passerelle.enrollment.port.out.QuoteRefusal;
import fr.passerelle.enrollment.port.out.QuoteState;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * France Travail's quotes as a fake, for dev and tests. It answers each quote {@link #ANSWER_DAYS} days after it was
 * filed, at the start of that day (Paris), deciding by the published rules: AIF refused when the other funding and
 * the aid asked exceed the price (the aid is the last resort), POEI and POEC refused above {@link #MAX_HOURS} hours,
 * any scheme refused for a job seeker whose advisor refuses ({@link #advisorRefuses}); otherwise accepted. A quote
 * whose training starts before its answer expires on the training's first day. Answers are applied against the
 * {@link Clock} on every read and filing, like the training account's fake.
 */
public class FakeFranceTravailGateway implements FranceTravailGateway {

    /** "About 10 days": the fake answers on the 10th calendar day after filing. */
    static final int ANSWER_DAYS = 10;
    static final int MAX_HOURS = 400;

    private record Filed(QuoteFiling filing, FranceTravailQuote quote) {
    }

    private final Clock clock;
    private final Notifications<FundingStatusChanged> notifications;
    private final IdempotencyKeys keys = new IdempotencyKeys();
    private final Map<String, Filed> quotes = new LinkedHashMap<>();
    private final Set<String> refusedByAdvisor = new HashSet<>();

    public FakeFranceTravailGateway(Clock clock, FundingEvents listener) {
        this.clock = clock;
        this.notifications = new Notifications<>(FundingStatusChanged::new, listener::statusChanged);
    }

    @Override
    public synchronized FranceTravailQuote fileQuote(QuoteFiling filing, String idempotencyKey) {
        applyAnswers();
        return keys.once(idempotencyKey, "quote " + filing, FranceTravailQuote.class, () -> {
            Euros.required(filing.amount());
            Euros.required(filing.price());
            Euros.required(filing.otherFunding());
            LocalDate today = PlatformCalendar.today(clock);
            if (!filing.amount().isPositive() || filing.amount().isGreaterThan(filing.price()) || filing.hours() < 1
                    || !filing.trainingStart().isAfter(today)) {
                throw new FunderRefusedException("quote cannot be filed");
            }
            String number = "DE-" + filing.scheme() + "-" + (quotes.size() + 1);
            FranceTravailQuote quote = new FranceTravailQuote(number, filing.scheme(), filing.amount(),
                    QuoteState.FILED, today.plusDays(ANSWER_DAYS), null);
            quotes.put(number, new Filed(filing, quote));
            notifications.changed(number, QuoteState.FILED, clock.instant());
            return quote;
        });
    }

    @Override
    public synchronized Optional<FranceTravailQuote> quote(String number) {
        applyAnswers();
        return Optional.ofNullable(quotes.get(number)).map(Filed::quote);
    }

    /** The advisor of this job seeker will refuse their quotes. */
    public synchronized void advisorRefuses(String jobSeekerId) {
        refusedByAdvisor.add(jobSeekerId);
    }

    public synchronized void redeliverNotifications() {
        notifications.redeliverAll();
    }

    public synchronized List<FundingStatusChanged> notifications() {
        return notifications.sent();
    }

    /** Answers the quotes whose answer is due and expires those whose training started first. */
    public synchronized void applyAnswers() {
        DueSteps.apply(clock, quotes.values(), FakeFranceTravailGateway::nextStepOn, this::answer);
    }

    /** A filed quote is answered on its answer day, or expires first on the training's first day. */
    private static LocalDate nextStepOn(Filed filed) {
        if (filed.quote().state() != QuoteState.FILED) {
            return null;
        }
        LocalDate start = filed.filing().trainingStart();
        return start.isBefore(filed.quote().answerBy()) ? start : filed.quote().answerBy();
    }

    private Filed answer(Filed filed, LocalDate due) {
        if (due.isBefore(filed.quote().answerBy())) {
            return settle(filed, QuoteState.EXPIRED, null, due);
        }
        QuoteRefusal refusal = refusal(filed.filing());
        return settle(filed, refusal == null ? QuoteState.ACCEPTED : QuoteState.REFUSED, refusal, due);
    }

    private QuoteRefusal refusal(QuoteFiling filing) {
        if (refusedByAdvisor.contains(filing.jobSeekerId())) {
            return QuoteRefusal.ADVISOR_REFUSED;
        }
        if (filing.scheme() == FranceTravailScheme.AIF
                && filing.otherFunding().plus(filing.amount()).isGreaterThan(filing.price())) {
            return QuoteRefusal.OTHER_FUNDING_COVERS;
        }
        if (filing.scheme() != FranceTravailScheme.AIF && filing.hours() > MAX_HOURS) {
            return QuoteRefusal.ABOVE_HOURS_CAP;
        }
        return null;
    }

    private Filed settle(Filed filed, QuoteState state, QuoteRefusal refusal, LocalDate day) {
        FranceTravailQuote quote = filed.quote();
        FranceTravailQuote answered = new FranceTravailQuote(quote.number(), quote.scheme(), quote.amount(), state,
                quote.answerBy(), refusal);
        Filed settled = new Filed(filed.filing(), answered);
        quotes.put(quote.number(), settled);
        notifications.changed(quote.number(), state, DueSteps.startOf(day));
        return settled;
    }
}
