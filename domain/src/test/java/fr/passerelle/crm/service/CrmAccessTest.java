package fr.passerelle.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.crm.model.ContactDocumentType;
import fr.passerelle.crm.model.TimelineEntryKind;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.InMemoryMemberships;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrmAccessTest {

    private final InMemoryMemberships memberships = new InMemoryMemberships();

    @ParameterizedTest(name = "{0}: read {1}, work {2}, configure {3}")
    @CsvSource({
            "SCHOOL_ADMIN, true,  true,  true",
            "ADMISSIONS,   true,  true,  false",
            "FINANCE,      true,  false, false",
            "SCHOOL_STAFF, false, false, false",
            "TRAINER,      false, false, false"})
    void each_school_role_gets_what_its_job_needs(MembershipRole role, boolean read, boolean work,
                                                   boolean configure) {
        Actor actor = Actors.member(memberships, "someone", Tenant.school("s1"), role);

        assertThat(CrmAccess.mayRead(actor, "s1")).isEqualTo(read);
        assertThat(CrmAccess.mayWork(actor, "s1")).isEqualTo(work);
        if (configure) {
            assertThatCode(() -> CrmAccess.requireConfigure(actor, "s1")).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CrmAccess.requireConfigure(actor, "s1"))
                    .isInstanceOf(read ? ForbiddenException.class : NotFoundException.class);
        }
    }

    @Test
    void finance_reads_the_commercial_part_only_and_an_outsider_nothing() {
        Actor finance = Actors.member(memberships, "fin", Tenant.school("s1"), MembershipRole.FINANCE);
        Actor admissions = Actors.member(memberships, "adm", Tenant.school("s1"), MembershipRole.ADMISSIONS);
        Actor otherAdmin = Actors.member(memberships, "other", Tenant.school("s2"), MembershipRole.SCHOOL_ADMIN);

        assertThat(CrmAccess.mayReadPersonalDetails(finance, "s1")).isFalse();
        assertThat(CrmAccess.mayReadPersonalDetails(admissions, "s1")).isTrue();
        assertThat(CrmAccess.readableDocuments(finance, "s1")).containsExactlyInAnyOrder(ContactDocumentType.QUOTE,
                ContactDocumentType.INVOICE, ContactDocumentType.FUNDER_AGREEMENT,
                ContactDocumentType.TRAINING_AGREEMENT);
        assertThat(CrmAccess.readableDocuments(admissions, "s1")).containsExactlyInAnyOrder(
                ContactDocumentType.values());
        assertThat(CrmAccess.readableEntries(finance, "s1")).doesNotContain(TimelineEntryKind.NOTE,
                TimelineEntryKind.INTERACTION, TimelineEntryKind.DOCUMENT).contains(TimelineEntryKind.DEAL);
        assertThat(CrmAccess.readableEntries(admissions, "s1")).containsExactlyInAnyOrder(
                TimelineEntryKind.values());
        assertThat(CrmAccess.readableDocuments(otherAdmin, "s1")).isEmpty();
        assertThat(CrmAccess.readableEntries(otherAdmin, "s1")).isEmpty();
    }

    @Test
    void another_school_and_platform_roles_see_a_missing_school() {
        Actor otherAdmin = Actors.member(memberships, "other", Tenant.school("s2"), MembershipRole.SCHOOL_ADMIN);

        for (Actor actor : new Actor[] {otherAdmin, Actors.platformAdmin(), Actors.advisor()}) {
            assertThatThrownBy(() -> CrmAccess.requireRead(actor, "s1")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> CrmAccess.requireWork(actor, "s1")).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void a_partner_client_of_the_school_holds_no_crm_access() {
        Actor admin = Actors.member(memberships, "si", Tenant.school("s1"), MembershipRole.SCHOOL_ADMIN);
        Actor client = new Actor(admin.subject(), "SI", null, admin.roles(), admin.memberships(), "pc_x",
                java.util.Set.of("roster:read", "roster:write"));

        assertThat(CrmAccess.mayRead(client, "s1")).isFalse();
    }
}
