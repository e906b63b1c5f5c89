package fr.passerelle.crm.service;

import fr.passerelle.crm.model.ContactDocumentType;
import fr.passerelle.crm.model.TimelineEntryKind;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what in one school's CRM. A CRM holds an organisation's prospects and its commercial pipeline: only the
 * organisation's own people with a need see it. Platform admins and advisors do not (they have no commercial reason
 * to read a school's prospects), and partner clients hold no CRM scope. A school whose CRM the actor may not read is
 * reported exactly like a missing school.
 *
 * <ul>
 *   <li>read: school admins, admissions advisors, finance;</li>
 *   <li>work (contacts, deals, tasks, notes): school admins and admissions advisors;</li>
 *   <li>configure (pipelines, automations, segments' definitions shared by all): school admins.</li>
 * </ul>
 *
 * <p>Finance reads only what it needs to bill and forecast: deals (amounts, stages), tasks, a contact's name, e-mail
 * and links (company, funder), and the commercial documents ({@link #COMMERCIAL_DOCUMENTS}). What those who work
 * the CRM need to advise a person ({@link #mayReadPersonalDetails}) it does not see: a contact's phone, address, birth
 * year and situation, notes, interactions, ID proofs and other documents, and the timeline lines about them.
 */
public final class CrmAccess {

    private static final Set<MembershipRole> READERS =
            Set.of(MembershipRole.SCHOOL_ADMIN, MembershipRole.ADMISSIONS, MembershipRole.FINANCE);
    private static final Set<MembershipRole> WORKERS = Set.of(MembershipRole.SCHOOL_ADMIN, MembershipRole.ADMISSIONS);
    private static final Set<MembershipRole> CONFIGURERS = Set.of(MembershipRole.SCHOOL_ADMIN);
    /** The documents finance bills and funds from. */
    private static final Set<ContactDocumentType> COMMERCIAL_DOCUMENTS = Set.of(ContactDocumentType.QUOTE,
            ContactDocumentType.INVOICE, ContactDocumentType.FUNDER_AGREEMENT, ContactDocumentType.TRAINING_AGREEMENT);
    /** The timeline lines that say nothing of the person beyond the commercial records. */
    private static final Set<TimelineEntryKind> COMMERCIAL_ENTRIES = Set.of(TimelineEntryKind.DEAL,
            TimelineEntryKind.TASK, TimelineEntryKind.CONTACT, TimelineEntryKind.PLATFORM);

    private CrmAccess() {
    }

    public static boolean mayRead(Actor actor, String schoolId) {
        return holds(actor, schoolId, READERS);
    }

    public static boolean mayWork(Actor actor, String schoolId) {
        return holds(actor, schoolId, WORKERS);
    }

    /**
     * Whether the actor, who may read the CRM, also sees the person behind a contact: phone, address, birth year,
     * situation, notes, interactions and every kind of document. Those who work the CRM do; finance does not.
     */
    public static boolean mayReadPersonalDetails(Actor actor, String schoolId) {
        return holds(actor, schoolId, WORKERS);
    }

    /** The kinds of documents the actor may list and download in the school's CRM (none if they may not read it). */
    public static Set<ContactDocumentType> readableDocuments(Actor actor, String schoolId) {
        if (mayReadPersonalDetails(actor, schoolId)) {
            return EnumSet.allOf(ContactDocumentType.class);
        }
        return mayRead(actor, schoolId) ? COMMERCIAL_DOCUMENTS : Set.of();
    }

    /** The kinds of timeline entries the actor may list in the school's CRM (none if they may not read it). */
    public static Set<TimelineEntryKind> readableEntries(Actor actor, String schoolId) {
        if (mayReadPersonalDetails(actor, schoolId)) {
            return EnumSet.allOf(TimelineEntryKind.class);
        }
        return mayRead(actor, schoolId) ? COMMERCIAL_ENTRIES : Set.of();
    }

    /** @throws NotFoundException when the actor may not read that school's CRM */
    public static void requireRead(Actor actor, String schoolId) {
        if (!mayRead(actor, schoolId)) {
            throw new NotFoundException("School", schoolId);
        }
    }

    /** @throws NotFoundException when the actor may not read it, ForbiddenException when they may only read it */
    public static void requireWork(Actor actor, String schoolId) {
        require(actor, schoolId, WORKERS);
    }

    /** @throws NotFoundException when the actor may not read it, ForbiddenException when they may not configure it */
    public static void requireConfigure(Actor actor, String schoolId) {
        require(actor, schoolId, CONFIGURERS);
    }

    private static void require(Actor actor, String schoolId, Set<MembershipRole> roles) {
        requireRead(actor, schoolId);
        if (!holds(actor, schoolId, roles)) {
            throw new ForbiddenException("error.forbidden.crm");
        }
    }

    private static boolean holds(Actor actor, String schoolId, Set<MembershipRole> roles) {
        Tenant school = Tenant.school(schoolId);
        return !actor.isPartnerClient() && actor.memberships().stream()
                .anyMatch(m -> m.tenant().equals(school) && roles.contains(m.role()));
    }
}
