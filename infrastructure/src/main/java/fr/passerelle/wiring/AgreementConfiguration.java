package fr.passerelle.wiring;

import fr.passerelle.agreement.port.out.AgreementDocuments;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.port.out.DocumentArchive;
import fr.passerelle.agreement.port.out.InternshipFollowUps;
import fr.passerelle.agreement.port.out.SecretTokens;
import fr.passerelle.agreement.port.out.SignatureProvider;
import fr.passerelle.agreement.service.AgreementRules;
import fr.passerelle.agreement.service.AgreementService;
import fr.passerelle.agreement.service.EvaluationMail;
import fr.passerelle.agreement.service.FollowUpOpener;
import fr.passerelle.agreement.service.FollowUpService;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.learner.port.out.Learners;
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
 * {@code agreement.signed} event comes through the relay, and the evaluation mails with their reminders. The
 * documents' renderer ({@link AgreementDocuments}) and the signature provider are adapters of their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvaluationLinkSettings.class)
class AgreementConfiguration {

    @Bean
    AgreementRules agreementRules(Agreements agreements) {
        return AgreementRules.withLegalDefaults(agreements);
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
                                      SignatureProvider signatures, FollowUpOpener followUps, IdGenerator ids,
                                      EventFactory events, Clock clock) {
        return new AgreementService(agreements, applications, learners, companies, schools, rules, documents,
                archive, signatures, followUps, ids, events, clock);
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
                                    EvaluationMail mail, IdGenerator ids, EventFactory events, Clock clock) {
        return new FollowUpService(agreements, followUps, rules, documents, archive, tokens, mail, ids, events,
                clock);
    }
}
