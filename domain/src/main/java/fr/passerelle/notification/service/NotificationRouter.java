package fr.passerelle.notification.service;

import fr.passerelle.company.model.CompanyEvents;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipEvents;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.school.model.SchoolEvents;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.validation.Limits;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns events into in-app notifications for the people concerned: the members of a company vetted, the managers
 * of a school whose tier changed or of an organisation someone joined. Idempotent: a notification's id derives from
 * the event and the recipient.
 */
public class NotificationRouter implements EventSubscriber {

    private static final MembershipRole[] MANAGERS = Arrays.stream(MembershipRole.values())
            .filter(MembershipRole::manages).toArray(MembershipRole[]::new);
    private static final Set<String> ROUTED = Set.of(CompanyEvents.VERIFIED, CompanyEvents.REJECTED,
            SchoolEvents.TIER_CHANGED, MembershipEvents.ACTIVATED);

    private final NoticeDelivery delivery;
    private final Memberships memberships;
    private final Schools schools;
    private final OrganisationNames names;

    public NotificationRouter(NoticeDelivery delivery, Memberships memberships, Schools schools,
                              OrganisationNames names) {
        this.delivery = delivery;
        this.memberships = memberships;
        this.schools = schools;
        this.names = names;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return ROUTED.contains(event.type());
    }

    @Override
    public void on(DomainEvent event) {
        switch (event.type()) {
            case CompanyEvents.VERIFIED -> companyVetted(event, NotificationKind.COMPANY_VERIFIED);
            case CompanyEvents.REJECTED -> companyVetted(event, NotificationKind.COMPANY_REJECTED);
            case SchoolEvents.TIER_CHANGED -> tierChanged(event);
            case MembershipEvents.ACTIVATED -> memberJoined(event);
            default -> throw new IllegalArgumentException("not routed: " + event.type());
        }
    }

    private void companyVetted(DomainEvent event, NotificationKind kind) {
        Tenant company = Tenant.company(event.aggregateId());
        names.of(company).ifPresent(name -> notify(event, kind, members(company, MembershipRole.values()),
                Map.of("organisation", name), "Company", company.id()));
    }

    private void tierChanged(DomainEvent event) {
        Tenant school = Tenant.school(event.aggregateId());
        schools.findById(school.id()).ifPresent(found -> notify(event, NotificationKind.SCHOOL_TIER_CHANGED,
                members(school, MANAGERS),
                Map.of("organisation", found.profile().name(), "tier", found.tier().name()), "School", school.id()));
    }

    /** Tells the organisation's managers, except the newcomer (who knows). */
    private void memberJoined(DomainEvent event) {
        memberships.findById(event.aggregateId()).ifPresent(joined -> {
            Tenant tenant = joined.tenant();
            List<String> managers = members(tenant, MANAGERS).stream()
                    .filter(subject -> !subject.equals(joined.subject())).toList();
            names.of(tenant).ifPresent(name -> notify(event, NotificationKind.MEMBER_JOINED, managers,
                    Map.of("organisation", name), tenant.type() == TenantType.SCHOOL
                            ? "School" : "Company", tenant.id()));
        });
    }

    private List<String> members(Tenant tenant, MembershipRole... roles) {
        return memberships.findActiveByTenant(tenant, Set.of(roles), Limits.FAN_OUT).stream()
                .map(Membership::subject).distinct().toList();
    }

    private void notify(DomainEvent event, NotificationKind kind, List<String> recipients,
                        Map<String, String> parameters, String targetType, String targetId) {
        delivery.toPeople(event.id(), new Notice(kind, parameters, targetType, targetId), recipients);
    }
}
