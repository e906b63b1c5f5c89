package fr.passerelle.wiring;

import fr.passerelle.agreement.links.PublicAgreementLinks;
import fr.passerelle.agreement.port.out.AgreementDocuments;
import fr.passerelle.agreement.port.out.AgreementLinks;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.port.out.DocumentArchive;
import fr.passerelle.agreement.port.out.InternshipFollowUps;
import fr.passerelle.agreement.port.out.SecretTokens;
import fr.passerelle.agreement.port.out.SignatureProvider;
import fr.passerelle.agreement.service.AcceptedOffers;
import fr.passerelle.agreement.service.AgreementEndNotices;
import fr.passerelle.agreement.service.GratificationNowDueNotices;
import fr.passerelle.agreement.service.AgreementRules;
import fr.passerelle.agreement.service.AgreementService;
import fr.passerelle.agreement.service.AmendmentNotices;
import fr.passerelle.agreement.service.EvaluationMail;
import fr.passerelle.agreement.service.FollowUpOpener;
import fr.passerelle.agreement.service.FollowUpNotices;
import fr.passerelle.agreement.service.FollowUpService;
import fr.passerelle.agreement.service.FollowUpStepReminders;
import fr.passerelle.agreement.service.SignatureNotices;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.privacy.port.out.RestrictedRecords;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.notification.port.out.Mailer;
import fr.passerelle.notification.port.out.Texts;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.port.PublicBaseUrl;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The internship agreements and their follow-up: the use cases, the subscriber that opens a follow-up when the
 * {@code agreement.signed} event comes through the relay, the evaluation mails with their reminders, and the
 * notices of signing, amendments, endings and follow-up. The documents' renderer ({@link AgreementDocuments}) and the
 * signature provider are adapters of their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvaluationLinkSettings.class)
class AgreementConfiguration {

    @Bean
    AgreementRules agreementRules(Agreements agreements, Learners learners, Schools schools, Companies companies,
                                  Clock clock) {
        return AgreementRules.withLegalDefaults(agreements, learners, schools, companies, clock);
    }

    @Bean
    FollowUpOpener followUpOpener(Agreements agreements, InternshipFollowUps followUps, EventFactory events,
                                  Clock clock) {
        return new FollowUpOpener(agreements, followUps, events, clock);
    }

    @Bean
    AgreementService agreementService(Agreements agreements, Applications applications, Learners learners,
                                      Companies companies, Schools schools, AgreementRules rules,
                                      AgreementDocuments documents, DocumentArchive archive,
                                      SignatureProvider signatures, FollowUpOpener followUps,
                                      InternshipOffers offers, Memberships memberships,
                                      RestrictedRecords restrictions, IdGenerator ids, EventFactory events,
                                      Clock clock) {
        return new AgreementService(agreements, applications, learners, companies, schools, rules, documents,
                archive, signatures, followUps, new AcceptedOffers(offers, companies, memberships), restrictions,
                ids, events, clock);
    }

    /** The path where the API serves the tutor's form (the api module's {@code EvaluationFormController}). */
    static final String EVALUATION_FORM_PATH = "/evaluation-forms/";

    @Bean
    EvaluationMail evaluationMail(InternshipFollowUps followUps, Mailer mailer, Texts texts, Reminders reminders,
                                  EvaluationLinkSettings settings, PublicBaseUrl publicBaseUrl, Clock clock) {
        UnaryOperator<String> formUrl = settings.formBaseUrl() != null
                ? token -> settings.formBaseUrl() + token
                : token -> publicBaseUrl.resolve(EVALUATION_FORM_PATH + token);
        return new EvaluationMail(followUps, mailer, texts, reminders, formUrl, clock);
    }

    @Bean
    FollowUpService followUpService(Agreements agreements, InternshipFollowUps followUps, AgreementRules rules,
                                    AgreementDocuments documents, DocumentArchive archive, SecretTokens tokens,
                                    RestrictedRecords restrictions, EvaluationMail mail, IdGenerator ids,
                                    EventFactory events, Clock clock) {
        return new FollowUpService(agreements, followUps, rules, documents, archive, tokens, restrictions, mail, ids,
                events, clock);
    }

    /** The addresses outside signatories read in their e-mail, under the platform's public address. */
    @Bean
    AgreementLinks agreementLinks(PublicBaseUrl publicBaseUrl) {
        return new PublicAgreementLinks(publicBaseUrl);
    }

    @Bean
    SignatureNotices signatureNotices(Agreements agreements, Memberships memberships, NoticeDelivery delivery,
                                      AgreementLinks links) {
        return new SignatureNotices(agreements, memberships, delivery, links);
    }

    @Bean
    AmendmentNotices amendmentNotices(Agreements agreements, Memberships memberships, NoticeDelivery delivery,
                                      AgreementLinks links) {
        return new AmendmentNotices(agreements, memberships, delivery, links);
    }

    @Bean
    AgreementEndNotices agreementEndNotices(Agreements agreements, Memberships memberships,
                                            NoticeDelivery delivery) {
        return new AgreementEndNotices(agreements, memberships, delivery);
    }

    @Bean
    GratificationNowDueNotices gratificationNowDueNotices(Agreements agreements, Memberships memberships,
                                                          NoticeDelivery delivery) {
        return new GratificationNowDueNotices(agreements, memberships, delivery);
    }

    @Bean
    FollowUpNotices followUpNotices(Agreements agreements, InternshipFollowUps followUps, Memberships memberships,
                                    NoticeDelivery delivery) {
        return new FollowUpNotices(agreements, followUps, memberships, delivery);
    }

    @Bean
    FollowUpStepReminders followUpStepReminders(Agreements agreements, InternshipFollowUps followUps,
                                                Memberships memberships, NoticeDelivery delivery,
                                                Reminders reminders, Clock clock) {
        return new FollowUpStepReminders(agreements, followUps, memberships, delivery, reminders, clock);
    }
}
