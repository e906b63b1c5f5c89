package fr.passerelle.wiring;

import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.catalog.service.SeatMergeFollower;
import fr.passerelle.crm.port.in.DealUseCases;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Pipelines;
import fr.passerelle.crm.service.LearnerContacts;
import fr.passerelle.enrollment.port.out.ContactEnrollments;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.service.EnrollmentDeals;
import fr.passerelle.enrollment.service.EnrollmentLearnerAccounts;
import fr.passerelle.enrollment.service.EnrollmentLearners;
import fr.passerelle.enrollment.service.EnrollmentMergeFollower;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.shared.event.EventFactory;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the enrollment joins the rest of the journey: confirmation gives access (learner profile, LEARNER role) and
 * wins the CRM deal; contact merges carry enrollments and session places along.
 */
@Configuration(proxyBeanMethods = false)
class EnrollmentJourneyConfiguration {

    @Bean
    EnrollmentLearners enrollmentLearners(Enrollments enrollments, Contacts contacts, Learners learners,
                                          LearnerContacts learnerContacts, EventFactory events, Clock clock) {
        return new EnrollmentLearners(enrollments, contacts, learners, learnerContacts, events, clock);
    }

    @Bean
    EnrollmentDeals enrollmentDeals(Enrollments enrollments, Deals deals, Pipelines pipelines,
                                    DealUseCases dealUseCases) {
        return new EnrollmentDeals(enrollments, deals, pipelines, dealUseCases);
    }

    @Bean
    EnrollmentMergeFollower enrollmentMergeFollower(ContactEnrollments contactEnrollments, Enrollments enrollments,
                                                    Contacts contacts, EventFactory events, Clock clock) {
        return new EnrollmentMergeFollower(contactEnrollments, enrollments, contacts, events, clock);
    }

    @Bean
    EnrollmentLearnerAccounts enrollmentLearnerAccounts(ContactEnrollments contactEnrollments,
                                                        Enrollments enrollments, Contacts contacts,
                                                        EventFactory events, Clock clock) {
        return new EnrollmentLearnerAccounts(contactEnrollments, enrollments, contacts, events, clock);
    }

    @Bean
    SeatMergeFollower seatMergeFollower(Sessions sessions, Contacts contacts, Enrollments enrollments,
                                        EventFactory events, Clock clock) {
        return new SeatMergeFollower(sessions, contacts, enrollments, events, clock);
    }
}
