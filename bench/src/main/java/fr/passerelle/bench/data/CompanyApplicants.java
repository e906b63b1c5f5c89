package fr.passerelle.bench.data;

import fr.passerelle.bench.harness.RunningApp;
import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationEvents;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.OfferEvents;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data of B3, B4 and B6: the bench company's published offers, each with more applications than the first page
 * of 10 shows, every application by a different learner (so the learners' read grows with the page, as it would).
 * Written through the domain's ports, each object with its event, exactly as the application stores them.
 */
public final class CompanyApplicants {

    private static final String CREATOR = "system:bench";

    private final InternshipOffers offers;
    private final Applications applications;
    private final Learners learners;
    private final EventFactory events;
    private final Instant now;
    private final LocalDate today;

    private CompanyApplicants(RunningApp app) {
        this.offers = app.bean(InternshipOffers.class);
        this.applications = app.bean(Applications.class);
        this.learners = app.bean(Learners.class);
        this.events = app.bean(EventFactory.class);
        this.now = app.bean(Clock.class).instant();
        this.today = PlatformCalendar.dayOf(now);
    }

    /** The company, {@code offerCount} offers, and {@code perOffer} applications to each. */
    public static void seed(RunningApp app, int offerCount, int perOffer) {
        BenchCompany.register(app);
        new CompanyApplicants(app).seed(offerCount, perOffer);
    }

    private void seed(int offerCount, int perOffer) {
        for (int rank = 0; rank < offerCount; rank++) {
            // An hour apart, newest first, as the company lists them; its applications come within that hour.
            Instant listedAt = now.minus(Duration.ofHours(rank + 1L));
            InternshipOffer offer = published("bench-offer-" + rank, rank, listedAt);
            offers.insert(offer, events.created(OfferEvents.CREATED, Initiator.system(), offer, Map.of()));
            for (int applicant = 0; applicant < perOffer; applicant++) {
                Learner learner = learner(rank * perOffer + applicant);
                learners.insert(learner, events.created(LearnerEvents.REGISTERED, Initiator.system(), learner,
                        Map.of()));
                Application application = Application.submit("bench-application-" + rank + "-" + applicant, offer,
                        learner.id(), learner.subject(), null, "Bonjour, votre offre m'intéresse.",
                        Set.of(ProfilePart.SKILLS), listedAt.plus(Duration.ofMinutes(applicant + 1L)));
                applications.insert(application, events.created(ApplicationEvents.SUBMITTED, Initiator.system(),
                        application, Map.of()));
            }
        }
    }

    private InternshipOffer published(String id, int variant, Instant listedAt) {
        return InternshipOffer.draft(id, BenchCompany.ID, OfferTemplates.terms(variant, today, BenchCompany.SITE_ID,
                        BenchCompany.SITE, BenchCompany.CITY, WorkMode.ON_SITE), CREATOR, listedAt)
                .published(today, listedAt);
    }

    private Learner learner(int number) {
        String id = "bench-learner-" + number;
        var identity = new LearnerIdentity("Prénom" + number, "Nom" + number,
                EmailAddress.of(id + "@eleves.example.fr"), null, null, null);
        return Learner.register(id, "bench-subject-" + number, identity, LearnerType.STUDENT,
                ArrivalSource.SELF_REGISTRATION, new Academic(null, null, null, null, List.of(), List.of(), List.of()),
                CREATOR, now);
    }
}
