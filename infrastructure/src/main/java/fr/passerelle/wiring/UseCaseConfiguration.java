package fr.passerelle.wiring;

import fr.passerelle.company.port.out.Companies;
import fr.passerelle.company.service.CompanyService;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.membership.service.MembershipService;
import fr.passerelle.membership.service.TenantMembers;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.school.service.SchoolService;
import fr.passerelle.shared.port.IdGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the domain's use cases as beans. The domain knows nothing of Spring; this is the one place where its
 * services meet their adapters.
 */
@Configuration(proxyBeanMethods = false)
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
    TenantMembers tenantMembers(Memberships memberships, IdGenerator ids, Clock clock) {
        return new TenantMembers(memberships, ids, clock);
    }

    @Bean
    MembershipService membershipService(Memberships memberships, Clock clock) {
        return new MembershipService(memberships, clock);
    }

    @Bean
    SchoolService schoolService(Schools schools, TenantMembers members, IdGenerator ids, Clock clock) {
        return new SchoolService(schools, members, ids, clock);
    }

    @Bean
    CompanyService companyService(Companies companies, TenantMembers members, IdGenerator ids, Clock clock) {
        return new CompanyService(companies, members, ids, clock);
    }
}
