package fr.passerelle.agreement.signing;

import fr.passerelle.agreement.port.out.SignatureProvider;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Electronic signatures are signed in-platform unless another {@link SignatureProvider} bean is declared (a
 * qualified provider such as Yousign or DocuSign): the workflow is the same either way.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

    @Bean
    @ConditionalOnMissingBean(SignatureProvider.class)
    SignatureProvider inPlatformSignatureProvider(Clock clock) {
        return new InPlatformSignatureProvider(clock);
    }
}
