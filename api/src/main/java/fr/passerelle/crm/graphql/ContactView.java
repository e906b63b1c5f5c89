package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.crm.model.Funder;
import fr.passerelle.crm.model.LifecycleStage;
import fr.passerelle.crm.model.StageTrack;
import fr.passerelle.crm.service.CrmAccess;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * GraphQL {@code Contact}; pointers to other records are global ids. A reader who does not work the CRM (finance) gets
 * it without the person's details ({@link #seenBy}).
 */
public record ContactView(String id, String givenName, String familyName, String displayName, EmailAddress email,
                          String phone, Address address, Integer birthYear, ContactSituation situation,
                          ContactSource source, String campaign, List<ContactRole> roles, String companyId,
                          Funder funder, String learnerId, boolean platformUser, String owner, List<String> tags,
                          List<StageView> stages, Instant lastInteractionAt, Instant createdAt, Instant updatedAt,
                          long version) {

    public static final String TYPE = "Contact";

    /** GraphQL {@code ContactStage}. */
    public record StageView(String target, LifecycleStage stage, Instant since, String movedBy,
                            List<PeriodView> history) {

        static StageView of(StageTrack track) {
            return new StageView(track.target(), track.stage(), track.since(), track.by(),
                    track.history().stream().map(PeriodView::of).toList());
        }
    }

    /** GraphQL {@code ContactStagePeriod}. */
    public record PeriodView(LifecycleStage stage, Instant from, Instant to, long secondsSpent, String movedBy) {

        static PeriodView of(StageTrack.Period period) {
            return new PeriodView(period.stage(), period.from(), period.to(), period.spent().toSeconds(),
                    period.by());
        }
    }

    /**
     * The contact as the actor may read it: the fields only those who work the CRM see (phone, address, birth year,
     * situation) are null for others ({@link CrmAccess#mayReadPersonalDetails}).
     */
    public static Function<Contact, ContactView> seenBy(Actor actor) {
        return contact -> CrmAccess.mayReadPersonalDetails(actor, contact.schoolId()) ? of(contact)
                : of(contact).withoutPersonalDetails();
    }

    private ContactView withoutPersonalDetails() {
        return new ContactView(id, givenName, familyName, displayName, email, null, null, null, null, source, campaign,
                roles, companyId, funder, learnerId, platformUser, owner, tags, stages, lastInteractionAt, createdAt,
                updatedAt, version);
    }

    /** The whole contact, for those who just changed it (only those who work the CRM change contacts). */
    public static ContactView of(Contact contact) {
        ContactDetails d = contact.details();
        var links = d.links();
        return new ContactView(GlobalIds.encode(TYPE, contact.id()), d.givenName(), d.familyName(),
                d.displayName(), d.email(), d.phone(), d.address(), d.birthYear(), d.situation(), d.source(),
                d.campaign(), contact.roles().stream().sorted().toList(),
                links.companyId() == null ? null : GlobalIds.encode("Company", links.companyId()), links.funder(),
                links.learnerId() == null ? null : GlobalIds.encode("Learner", links.learnerId()),
                links.platformSubject() != null, contact.owner(), contact.tags().stream().sorted().toList(),
                contact.stages().stream().map(StageView::of).toList(), contact.lastInteractionAt(),
                contact.createdAt(), contact.updatedAt(), contact.version());
    }
}
