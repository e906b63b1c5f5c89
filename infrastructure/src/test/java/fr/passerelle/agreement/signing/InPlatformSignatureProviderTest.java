package fr.passerelle.agreement.signing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.port.out.SignatureProvider;
import fr.passerelle.agreement.port.out.SignatureProvider.SignatureProof;
import fr.passerelle.agreement.port.out.SignatureProvider.SignatureRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class InPlatformSignatureProviderTest {

    private static final Instant NOW = Instant.parse("2026-04-02T08:30:00.250Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SHA = "a".repeat(64);
    private static final Signatory TUTOR = new Signatory("tutor", SignatoryRole.TUTOR, "Marc Petit",
            "marc@atelier.example", "sub-marc", null);

    private final InPlatformSignatureProvider provider = new InPlatformSignatureProvider(CLOCK);

    @Test
    void theSignatureIsDatedByTheClockUnderTheNameOfTheSignersAccount() {
        SignatureProof proof = provider.sign(request(TUTOR, "sub-marc", " Marc P. "));

        assertThat(proof).isEqualTo(new SignatureProof(NOW, "Marc P."));
    }

    @Test
    void withoutAnAccountNameTheSignatoryOrTheirDelegateIsNamedAsTheAgreementNamesThem() {
        Signatory delegated = TUTOR.delegatedTo(new Signatory.Delegate("Paul Girard", null, "sub-paul", "congé"));

        assertThat(provider.sign(request(TUTOR, "sub-marc", null)).signedBy()).isEqualTo("Marc Petit");
        assertThat(provider.sign(request(TUTOR, "sub-marc", "  ")).signedBy()).isEqualTo("Marc Petit");
        assertThat(provider.sign(request(delegated, "sub-paul", null)).signedBy()).isEqualTo("Paul Girard");
    }

    @Test
    void theInPlatformProviderIsTheDefaultAndStepsAsideForAnotherOne() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withBean(Clock.class, () -> CLOCK);

        runner.withUserConfiguration(SigningConfiguration.class).run(context ->
                assertThat(context).getBean(SignatureProvider.class).isInstanceOf(InPlatformSignatureProvider.class));
        runner.withUserConfiguration(QualifiedProvider.class, SigningConfiguration.class).run(context -> {
            assertThat(context).hasSingleBean(SignatureProvider.class);
            assertThat(context).getBean(SignatureProvider.class).isSameAs(QualifiedProvider.PROVIDER);
        });
    }

    private static SignatureRequest request(Signatory signatory, String subject, String name) {
        return new SignatureRequest("agreement-1", 2, SHA, signatory, subject, name);
    }

    @Configuration(proxyBeanMethods = false)
    static class QualifiedProvider {

        static final SignatureProvider PROVIDER = request -> new SignatureProof(NOW, "via a provider");

        @Bean
        SignatureProvider qualifiedSignatureProvider() {
            return PROVIDER;
        }
    }
}
