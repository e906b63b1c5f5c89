package fr.passerelle.enrollment.funder;

import fr.passerelle.enrollment.port.in.FundingEvents;
import fr.passerelle.enrollment.port.in.PaymentEvents;
import fr.passerelle.enrollment.port.out.FranceTravailGateway;
import fr.passerelle.enrollment.port.out.OpcoGateway;
import fr.passerelle.enrollment.port.out.PaymentGateway;
import fr.passerelle.enrollment.port.out.TrainingAccountGateway;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The funders' and the payment provider's gateways. None of the real services is reachable from here, so each fake
 * stands in unless a real adapter — one class implementing the port, enabled by its credentials' property (e.g. an
 * EDOF client under {@code passerelle.edof.api-key}) — is a bean. The listeners are looked up on each notification,
 * since the enrollment that listens also uses the gateways. The funders' fakes run on {@link FundersTime}, which dev
 * and tests (only: see its own note) move forward to see the funders' deadlines pass.
 */
@Configuration(proxyBeanMethods = false)
class FundingGatewaysConfiguration {

    @Bean
    FundersTime fundersTime(Clock clock) {
        return new FundersTime(clock);
    }

    @Bean
    @ConditionalOnMissingBean(TrainingAccountGateway.class)
    FakeTrainingAccountGateway fakeTrainingAccountGateway(FundersTime time,
                                                          ObjectProvider<FundingEvents> listeners) {
        announce("the training account's platform (EDOF)");
        return new FakeTrainingAccountGateway(time.clock(), fundingEvents(listeners));
    }

    @Bean
    @ConditionalOnMissingBean(FranceTravailGateway.class)
    FakeFranceTravailGateway fakeFranceTravailGateway(FundersTime time,
                                                      ObjectProvider<FundingEvents> listeners) {
        announce("France Travail's quotes");
        return new FakeFranceTravailGateway(time.clock(), fundingEvents(listeners));
    }

    @Bean
    @ConditionalOnMissingBean(OpcoGateway.class)
    FakeOpcoGateway fakeOpcoGateway(FundersTime time, ObjectProvider<FundingEvents> listeners) {
        announce("the OPCOs' portals");
        return new FakeOpcoGateway(time.clock(), fundingEvents(listeners));
    }

    @Bean
    @ConditionalOnMissingBean(PaymentGateway.class)
    FakePaymentGateway fakePaymentGateway(Clock clock, ObjectProvider<PaymentEvents> listeners) {
        announce("the payment provider");
        return new FakePaymentGateway(clock, event -> listeners.orderedStream().forEach(l -> l.received(event)));
    }

    private static FundingEvents fundingEvents(ObjectProvider<FundingEvents> listeners) {
        return event -> listeners.orderedStream().forEach(listener -> listener.statusChanged(event));
    }

    private static void announce(String service) {
        LoggerFactory.getLogger(FundingGatewaysConfiguration.class).info("A fake stands in for {} (no real adapter"
                + " is configured): it keeps the published life cycle and deadlines, nothing leaves the platform",
                service);
    }
}
