package fr.passerelle.webhook.model;

import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.catalog.model.CatalogEvents;
import fr.passerelle.company.model.CompanyEvents;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.CrmTimelineEvents;
import fr.passerelle.crm.model.LifecycleTargetsEvents;
import fr.passerelle.crm.model.SegmentEvents;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.internship.model.ApplicationEvents;
import fr.passerelle.internship.model.OfferEvents;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.membership.model.MembershipEvents;
import fr.passerelle.school.model.SchoolEvents;
import java.util.Set;
import java.util.TreeSet;

/**
 * The domain events an endpoint may subscribe to: every type the features publish to their outboxes. Listed here,
 * not discovered, so that adding an event type to a feature is a decision to offer it to partners (its payload is
 * thin whatever it is: see {@link WebhookPayload}).
 */
public final class WebhookEventTypes {

    public static final Set<String> ALL = Set.copyOf(new TreeSet<>(Set.of(
            SchoolEvents.REGISTERED, SchoolEvents.PROFILE_UPDATED, SchoolEvents.TIER_CHANGED,
            SchoolEvents.PROGRAM_ADDED, SchoolEvents.PROGRAM_REMOVED,
            CompanyEvents.REGISTERED, CompanyEvents.PROFILE_UPDATED, CompanyEvents.SITE_ADDED,
            CompanyEvents.VERIFIED, CompanyEvents.REJECTED, CompanyEvents.WORKFORCE_DECLARED,
            MembershipEvents.INVITED, MembershipEvents.ACTIVATED,
            LearnerEvents.REGISTERED, LearnerEvents.IMPORTED, LearnerEvents.IDENTITY_UPDATED,
            LearnerEvents.ACADEMIC_UPDATED, LearnerEvents.SKILLS_CHANGED, LearnerEvents.BACKGROUND_UPDATED,
            LearnerEvents.CAREER_UPDATED, LearnerEvents.CLAIMED, LearnerEvents.DETACHED, LearnerEvents.MERGED,
            OfferEvents.CREATED, OfferEvents.EDITED, OfferEvents.TERMS_REVISED, OfferEvents.PUBLISHED,
            OfferEvents.CLOSED, OfferEvents.POSITION_TAKEN, OfferEvents.POSITION_RELEASED,
            ApplicationEvents.SUBMITTED, ApplicationEvents.STATUS_CHANGED, ApplicationEvents.INTERVIEW_PROPOSED,
            ApplicationEvents.INTERVIEW_SCHEDULED, ApplicationEvents.INTERVIEW_CANCELLED,
            ApplicationEvents.SHARED_PARTS_CHANGED,
            AgreementEvents.CREATED, AgreementEvents.EDITED, AgreementEvents.SUBMITTED,
            AgreementEvents.RETURNED_TO_DRAFT, AgreementEvents.SENT_FOR_SIGNATURE, AgreementEvents.SIGNATURE_ADDED,
            AgreementEvents.SIGNED, AgreementEvents.DELEGATED, AgreementEvents.STATUS_CHANGED,
            AgreementEvents.AMENDMENT_PROPOSED, AgreementEvents.AMENDMENT_SIGNED, AgreementEvents.AMENDMENT_WITHDRAWN,
            AgreementEvents.FOLLOW_UP_OPENED, AgreementEvents.FOLLOW_UP_CHANGED,
            AgreementEvents.EVALUATION_LINK_ISSUED, AgreementEvents.EVALUATION_GIVEN,
            AgreementEvents.ATTESTATION_ISSUED,
            ContactEvents.CREATED, ContactEvents.UPDATED, ContactEvents.ROLES_CHANGED, ContactEvents.OWNER_ASSIGNED,
            ContactEvents.TAGS_CHANGED, ContactEvents.STAGE_CHANGED, ContactEvents.LINKED, ContactEvents.INTERACTED,
            ContactEvents.MERGED, ContactEvents.MERGED_AWAY, ContactEvents.RESTORED,
            SegmentEvents.CREATED, SegmentEvents.UPDATED, SegmentEvents.DELETED, LifecycleTargetsEvents.CHANGED,
            ContactEvents.UNMERGED,
            CrmEvents.DEAL_CREATED, CrmEvents.DEAL_UPDATED, CrmEvents.DEAL_MOVED, CrmEvents.DEAL_WON,
            CrmEvents.DEAL_LOST, CrmEvents.TASK_CREATED, CrmEvents.TASK_UPDATED, CrmEvents.TASK_COMPLETED,
            CrmEvents.TASK_OVERDUE, ContactEvents.NO_REPLY,
            CrmTimelineEvents.INTERACTION_LOGGED, CrmTimelineEvents.NOTE_ADDED, CrmTimelineEvents.NOTE_EDITED,
            CrmTimelineEvents.NOTE_DELETED,
            CrmTimelineEvents.DOCUMENT_ADDED, CrmTimelineEvents.DOCUMENT_DELETED,
            CatalogEvents.PROGRAMME_CREATED, CatalogEvents.PROGRAMME_UPDATED, CatalogEvents.PROGRAMME_PUBLISHED,
            CatalogEvents.PROGRAMME_ARCHIVED, CatalogEvents.SESSION_CREATED, CatalogEvents.SESSION_UPDATED,
            CatalogEvents.SESSION_OPENED, CatalogEvents.SESSION_STARTED, CatalogEvents.SESSION_CLOSED,
            CatalogEvents.SESSION_CANCELLED, CatalogEvents.SEAT_RESERVED, CatalogEvents.SEAT_WAITLISTED,
            CatalogEvents.SEAT_RELEASED, CatalogEvents.WAITLIST_PROMOTED,
            CatalogEvents.SEATS_MOVED,
            EnrollmentEvents.ENROLLMENT_LEARNER_LINKED, EnrollmentEvents.ENROLLMENT_CONTACT_MOVED,
            EnrollmentEvents.FUNDING_CHANGED, EnrollmentEvents.FUNDING_REQUESTED, EnrollmentEvents.FUNDING_SECURED,
            EnrollmentEvents.FUNDING_REFUSED,
            EnrollmentEvents.DOCUMENT_UPLOADED, EnrollmentEvents.DOCUMENT_ACCEPTED, EnrollmentEvents.DOCUMENT_REJECTED,
            EnrollmentEvents.DOCUMENT_EXPIRED,
            EnrollmentEvents.CONTRACT_SENT, EnrollmentEvents.CONTRACT_SIGNATURE_ADDED, EnrollmentEvents.CONTRACT_SIGNED,
            EnrollmentEvents.CONTRACT_RECALLED,
            EnrollmentEvents.PAYMENT_CHARGED, EnrollmentEvents.PAYMENT_STARTED, EnrollmentEvents.PAYMENT_RECEIVED,
            EnrollmentEvents.PAYMENT_FAILED, EnrollmentEvents.PAYMENT_OVERDUE, EnrollmentEvents.PAYMENT_WRITTEN_OFF,
            EnrollmentEvents.FUNDER_PAYMENT_RECEIVED, EnrollmentEvents.REFUND_ISSUED,
            EnrollmentEvents.INVOICE_ISSUED,
            EnrollmentEvents.ENROLLMENT_CREATED, EnrollmentEvents.ENROLLMENT_SUBMITTED,
            EnrollmentEvents.ENROLLMENT_ADVANCED, EnrollmentEvents.ENROLLMENT_SEATED, EnrollmentEvents.ENROLLMENT_SIGNED,
            EnrollmentEvents.ENROLLMENT_CONFIRMED, EnrollmentEvents.ENROLLMENT_COMPLETED,
            EnrollmentEvents.ENROLLMENT_CANCELLED, EnrollmentEvents.ENROLLMENT_ABANDONED,
            EnrollmentEvents.ENROLLMENT_LEARNER_ACCOUNT_CHANGED)));

    private WebhookEventTypes() {
    }
}
