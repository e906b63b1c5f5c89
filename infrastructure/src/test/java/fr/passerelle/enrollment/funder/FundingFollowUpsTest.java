package fr.passerelle.enrollment.funder;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.FunderRequestState;
import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.model.FundingLine;
import fr.passerelle.enrollment.model.FundingPlan;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.port.in.FundingEvents;
import fr.passerelle.enrollment.port.out.FranceTravailQuote;
import fr.passerelle.enrollment.port.out.FranceTravailScheme;
import fr.passerelle.enrollment.port.out.Fundings;
import fr.passerelle.enrollment.port.out.QuoteFiling;
import fr.passerelle.enrollment.service.FundingFollowUps;
import fr.passerelle.enrollment.service.FundingListener;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.Reminders;
import fr.passerelle.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The follow-up of a France Travail quote whose answer never reached the platform: the day after the answer day, the
 * reminder reads the quote, the fake takes its due answer, and the funding is secured, once.
 */
class FundingFollowUpsTest {

    private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final Map<String, Funding> stored = new HashMap<>();
    private final List<DomainEvent> recorded = new ArrayList<>();
    private final List<Reminder> scheduled = new ArrayList<>();
    private final Fundings fundings = new MapFundings();
    /** The platform's notifications are lost: only the follow-up tells the funding. */
    private final FakeFranceTravailGateway franceTravail = new FakeFranceTravailGateway(clock, event -> { });
    private final FundingEvents listener = new FundingListener(fundings, null, franceTravail,
            new EventFactory(() -> UUID.randomUUID().toString(), clock));
    private final FundingFollowUps followUps = new FundingFollowUps(fundings, new Reminders() {
        @Override
        public void schedule(Reminder reminder) {
            scheduled.add(reminder);
        }

        @Override
        public void cancel(String key) {
        }
    }, null, franceTravail, null, listener, clock);

    @Test
    void aQuoteAnsweredWithoutANotificationIsCaughtUpTheDayAfterItsAnswerDay() {
        LocalDate today = PlatformCalendar.today(clock);
        FranceTravailQuote quote = franceTravail.fileQuote(new QuoteFiling(FranceTravailScheme.AIF, "JS-1", "S-1",
                Money.euros(500), Money.euros(500), Money.euros(0), 35, today.plusMonths(2)), "key-1");
        Funding funding = funding().withLine(new FundingLine(FundingSource.FRANCE_TRAVAIL_AIF, Money.euros(500),
                null), "JS-1", START).funding().filed(FundingSource.FRANCE_TRAVAIL_AIF, quote.number(),
                FunderRequestState.REQUESTED, quote.answerBy(), START);
        stored.put(funding.id(), funding);

        followUps.schedule(funding);
        assertThat(scheduled).singleElement().satisfies(reminder -> assertThat(reminder.dueAt())
                .isEqualTo(quote.answerBy().plusDays(1).atStartOfDay(PlatformCalendar.ZONE).toInstant()));

        clock.advance(Duration.ofDays(11));
        followUps.fire(scheduled.get(0));
        followUps.fire(scheduled.get(0));

        assertThat(stored.get("e1").secured()).isTrue();
        assertThat(recorded).extracting(DomainEvent::type).containsExactly("funding.secured");
        assertThat(scheduled).as("nothing pending any more").hasSize(1);
    }

    private static Funding funding() {
        Enrollment enrollment = new Enrollment("e1", "school-a", "programme-1", "session-1", "contact-1", null, null,
                new Applicant(ContactSituation.JOB_SEEKER, false), true, EnrollmentState.FUNDING_PENDING, null, null,
                List.of(), "admissions", START, START, 0);
        return Funding.planned(enrollment, FundingPlan.create(Money.euros(500), LocalDate.of(2026, 12, 7), Set.of())
                .orThrow(), InstalmentOption.AT_ONCE, null, "admissions", START);
    }

    /** Fundings in a map, versions checked like the store. */
    private final class MapFundings implements Fundings {

        @Override
        public Optional<Funding> findById(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public List<Funding> findAllById(Collection<String> ids) {
            return ids.stream().map(stored::get).filter(Objects::nonNull).toList();
        }

        @Override
        public Funding insert(Funding funding, DomainEvent event) {
            stored.put(funding.id(), funding);
            recorded.add(event);
            return funding;
        }

        @Override
        public Funding update(Funding funding, DomainEvent event) {
            Funding next = new Funding(funding.id(), funding.schoolId(), funding.contactId(),
                    funding.learnerSubject(), funding.plan(), funding.instalments(), funding.companyId(),
                    funding.requests(), funding.createdBy(), funding.createdAt(), funding.updatedAt(),
                    funding.version() + 1);
            stored.put(funding.id(), next);
            recorded.add(event);
            return next;
        }

        @Override
        public List<Funding> findByFunderReference(String reference, int limit) {
            return stored.values().stream().filter(f -> f.sourceOf(reference).isPresent()).limit(limit).toList();
        }
    }
}
