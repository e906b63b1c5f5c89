package fr.passerelle.api.dev;

import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEndReason;
import fr.passerelle.enrollment.port.in.EnrollmentUseCases;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * MécaFormation Lyon's enrollments in its first-arrival coaching session, made by its admissions persona
 * ({@code admissions-b}) through the use cases, as the API would: one draft, one whose dossier was submitted, one
 * cancelled at the person's request (its seat went back to the session). Seeded once: an enrollment that exists is
 * left as it is.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after DemoCatalog, whose session it enrolls in
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoEnrollments implements ApplicationRunner {

    private static final String SESSION = "demo-session-coaching-primo";

    private final EnrollmentUseCases useCases;
    private final Enrollments enrollments;
    private final Clock clock;

    DemoEnrollments(EnrollmentUseCases useCases, Enrollments enrollments, Clock clock) {
        this.useCases = useCases;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoPersona persona = DemoPersona.ADMISSIONS_B;
        Instant now = clock.instant();
        // The persona's membership as DemoData seeds it (the runners' order between the two is not fixed).
        Membership member = Membership.invite("demo-enrollments-admissions", Tenant.school(DemoData.SCHOOL_B),
                MembershipRole.ADMISSIONS, EmailAddress.of(persona.email()), Initiator.SYSTEM, now)
                .activate(persona.subject(), now);
        Actor admissions = new Actor(persona.subject(), persona.displayName(), EmailAddress.of(persona.email()),
                Set.of(), List.of(member));
        enroll(admissions, "demo-contact-olivier-dupuis", ContactSituation.CAREER_CHANGE, Step.DRAFT);
        enroll(admissions, "demo-contact-claire-martin", ContactSituation.JOB_SEEKER, Step.SUBMITTED);
        enroll(admissions, "demo-contact-luc-bernard", ContactSituation.JOB_SEEKER, Step.CANCELLED);
    }

    private enum Step { DRAFT, SUBMITTED, CANCELLED }

    private void enroll(Actor admissions, String contactId, ContactSituation situation, Step step) {
        if (enrollments.findById(Enrollment.idFor(SESSION, contactId)).isPresent()) {
            return;
        }
        DemoCrm.ignoringRaces(() -> {
            Enrollment created = useCases.create(admissions, new EnrollmentUseCases.CreateCommand(SESSION, contactId,
                    situation, false));
            switch (step) {
                case SUBMITTED -> useCases.submit(admissions, created.id(), null);
                case CANCELLED -> useCases.cancel(admissions, created.id(), EnrollmentEndReason.LEARNER_REQUEST,
                        null);
                default -> { }
            }
        });
    }
}
