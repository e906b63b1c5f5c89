package fr.passerelle.api.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Partner clients on REST endpoints: see {@link RequiresScope}. */
@Configuration(proxyBeanMethods = false)
class PartnerScopeWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PartnerScopeInterceptor());
    }
}
