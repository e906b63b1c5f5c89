package fr.passerelle.wiring;

import fr.passerelle.agreement.service.AgreementService;
import fr.passerelle.agreement.service.FollowUpService;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.audit.service.AuditRecorder;
import fr.passerelle.notification.service.ErasedRecipientsSkipped;
import fr.passerelle.privacy.port.out.ErasedPeople;
import fr.passerelle.audit.service.AuditService;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.company.service.CompanyService;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.internship.service.ApplicationService;
import fr.passerelle.internship.service.MatchService;
import fr.passerelle.internship.service.OfferService;
import fr.passerelle.internship.service.RefusedHostOffers;
import fr.passerelle.job.port.out.Jobs;
import fr.passerelle.job.service.JobService;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.learner.service.DuplicateProfileService;
import fr.passerelle.learner.service.LearnerService;
import fr.passerelle.learner.service.RosterImportService;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.membership.service.MembershipService;
import fr.passerelle.membership.service.TenantMembers;
import fr.passerelle.notification.port.out.Mailer;
import fr.passerelle.notification.port.out.Notifications;
import fr.passerelle.notification.port.out.Texts;
import fr.passerelle.notification.port.out.NotificationSettingsStore;
import fr.passerelle.notification.port.out.PushDevices;
import fr.passerelle.notification.port.out.PushGateway;
import fr.passerelle.notification.service.ChannelDelivery;
import fr.passerelle.notification.service.ContactAddresses;
import fr.passerelle.notification.service.DailyDigest;
import fr.passerelle.notification.service.InvitationMail;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.notification.service.NoticeMail;
import fr.passerelle.notification.service.NoticePush;
import fr.passerelle.notification.service.NotificationRouter;
import fr.passerelle.notification.service.NotificationService;
import fr.passerelle.notification.service.NotificationSettingsService;
import fr.passerelle.notification.service.OrganisationNames;
import fr.passerelle.notification.service.PushDeviceService;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.school.service.SchoolService;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.port.IdempotencyRecords;
import fr.passerelle.shared.port.Reminders;
import fr.passerelle.shared.service.IdempotentRequests;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the domain's use cases and event subscribers as beans. The domain knows nothing of Spring; this is the
 * one place where its services meet their adapters.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchingSettings.class)
class UseCaseConfiguration {

    /** Millisecond ticks: what MongoDB stores, so an aggregate returned by a write equals its later reads. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Bean
    @ConditionalOnMissingBean
    IdGenerator idGenerator() {
        return () -> UUID.randomUUID().toString();
    }

    @Bean
    IdempotentRequests idempotentRequests(IdempotencyRecords records, Clock clock) {
        return new IdempotentRequests(records, clock);
    }

    @Bean
    EventFactory eventFactory(IdGenerator ids, Clock clock) {
        return new EventFactory(ids, clock);
    }

    @Bean
    TenantMembers tenantMembers(Memberships memberships, IdGenerator ids, EventFactory events, Clock clock) {
        return new TenantMembers(memberships, ids, events, clock);
    }

    @Bean
    MembershipService membershipService(Memberships memberships, TenantMembers members) {
        return new MembershipService(memberships, members);
    }

    @Bean
    SchoolService schoolService(Schools schools, TenantMembers members, IdGenerator ids, EventFactory events,
                                Clock clock) {
        return new SchoolService(schools, members, ids, events, clock);
    }

    @Bean
    CompanyService companyService(Companies companies, TenantMembers members, IdGenerator ids, EventFactory events,
                                  Clock clock) {
        return new CompanyService(companies, members, ids, events, clock);
    }

    @Bean
    LearnerService learnerService(Learners learners, Schools schools, IdGenerator ids, EventFactory events,
                                  Clock clock) {
        return new LearnerService(learners, schools, ids, events, clock);
    }

    @Bean
    DuplicateProfileService duplicateProfileService(Learners learners, EventFactory events, Clock clock) {
        return new DuplicateProfileService(learners, events, clock);
    }

    @Bean
    RosterImportService rosterImportService(Learners learners, Schools schools, IdGenerator ids,
                                            EventFactory events, Clock clock) {
        return new RosterImportService(learners, schools, ids, events, clock);
    }

    /**
     * Whoever may read a school, company, membership, learner, offer, application, agreement or internship follow-up
     * reads its history.
     */
    @Bean
    AuditService auditService(AuditTrail trail, SchoolService schools, CompanyService companies,
                              MembershipService memberships, LearnerService learners, OfferService offers,
                              ApplicationService applications, AgreementService agreements,
                              FollowUpService followUps, Clock clock) {
        Map<String, BiPredicate<Actor, String>> readers = Map.of(
                "School", (actor, id) -> schools.find(actor, id).isPresent(),
                "Company", (actor, id) -> companies.find(actor, id).isPresent(),
                "Membership", (actor, id) -> memberships.find(actor, id).isPresent(),
                "Learner", (actor, id) -> learners.find(actor, id).isPresent(),
                "InternshipOffer", (actor, id) -> offers.find(actor, id).isPresent(),
                "Application", (actor, id) -> applications.find(actor, id).isPresent(),
                "Agreement", (actor, id) -> agreements.find(actor, id).isPresent(),
                "InternshipFollowUp", (actor, id) -> followUps.find(actor, id).isPresent());
        return new AuditService(trail, readers, clock);
    }

    @Bean
    AuditRecorder auditRecorder(AuditTrail trail, ErasedPeople erased) {
        return new AuditRecorder(trail, erased);
    }

    @Bean
    NotificationService notificationService(Notifications notifications, Clock clock) {
        return new NotificationService(notifications, clock);
    }

    @Bean
    OrganisationNames organisationNames(Schools schools, Companies companies) {
        return new OrganisationNames(schools, companies);
    }

    @Bean
    NoticeDelivery noticeDelivery(Notifications notifications, NotificationSettingsStore settings,
                                  PushDevices devices, Reminders reminders, Mailer mailer, Texts texts, Clock clock,
                                  ErasedPeople erased) {
        return new ErasedRecipientsSkipped(
                new ChannelDelivery(notifications, settings, devices, reminders, mailer, texts, clock), erased);
    }

    @Bean
    ContactAddresses contactAddresses(Memberships memberships) {
        return new ContactAddresses(memberships);
    }

    @Bean
    NoticeMail noticeMail(Notifications notifications, NotificationSettingsStore settings,
                          ContactAddresses addresses, Mailer mailer) {
        return new NoticeMail(notifications, settings, addresses, mailer);
    }

    @Bean
    NoticePush noticePush(Notifications notifications, PushDevices devices, PushGateway gateway) {
        return new NoticePush(notifications, devices, gateway);
    }

    @Bean
    DailyDigest dailyDigest(Notifications notifications, NotificationSettingsStore settings,
                            ContactAddresses addresses, Mailer mailer, Texts texts) {
        return new DailyDigest(notifications, settings, addresses, mailer, texts);
    }

    @Bean
    NotificationSettingsService notificationSettingsService(NotificationSettingsStore settings) {
        return new NotificationSettingsService(settings);
    }

    @Bean
    PushDeviceService pushDeviceService(PushDevices devices, Clock clock) {
        return new PushDeviceService(devices, clock);
    }

    @Bean
    NotificationRouter notificationRouter(NoticeDelivery delivery, Memberships memberships, Schools schools,
                                          OrganisationNames names) {
        return new NotificationRouter(delivery, memberships, schools, names);
    }

    @Bean
    InvitationMail invitationMail(Memberships memberships, OrganisationNames names, Mailer mailer, Texts texts,
                                  Reminders reminders) {
        return new InvitationMail(memberships, names, mailer, texts, reminders);
    }

    @Bean
    OfferService offerService(InternshipOffers offers, Companies companies, Schools schools, Memberships memberships,
                              IdGenerator ids, EventFactory events, Clock clock) {
        return new OfferService(offers, companies, schools, memberships, ids, events, clock);
    }

    @Bean
    ApplicationService applicationService(Applications applications, InternshipOffers offers, Learners learners,
                                          IdGenerator ids, EventFactory events, Clock clock) {
        return new ApplicationService(applications, offers, learners, ids, events, clock);
    }

    @Bean
    RefusedHostOffers refusedHostOffers(InternshipOffers offers, EventFactory events, Clock clock) {
        return new RefusedHostOffers(offers, events, clock);
    }

    @Bean
    MatchService matchService(LearnerService learnerService, OfferService offerService, InternshipOffers offers,
                              Learners learners, Applications applications, Schools schools,
                              MatchingSettings matching, Clock clock) {
        return new MatchService(learnerService, offerService, offers, learners, applications, schools,
                matching.weights(), clock);
    }

    @Bean
    JobService jobService(Jobs jobs, AuditTrail trail, IdGenerator ids, Clock clock) {
        return new JobService(jobs, trail, ids, clock);
    }
}
