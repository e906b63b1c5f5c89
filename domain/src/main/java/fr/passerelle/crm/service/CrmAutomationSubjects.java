package fr.passerelle.crm.service;

import fr.passerelle.crm.model.AutomationEvent;
import fr.passerelle.crm.model.AutomationFacts;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.PipelineStage;
import fr.passerelle.crm.model.StageTrack;
import fr.passerelle.crm.port.out.AutomationSubjects;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Pipelines;
import fr.passerelle.membership.port.out.Memberships;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What rules read of the CRM: the deal an event names (its aggregate, or its {@code dealId} attribute) and its
 * contact (the deal's, or the event's {@code contactId}), each only when it belongs to the event's school; the
 * school's pipeline stages; who works its CRM.
 */
public class CrmAutomationSubjects implements AutomationSubjects {

    private final Deals deals;
    private final Contacts contacts;
    private final Pipelines pipelines;
    private final CrmOwners owners;

    public CrmAutomationSubjects(Deals deals, Contacts contacts, Pipelines pipelines,
                                 Memberships memberships) {
        this.deals = deals;
        this.contacts = contacts;
        this.pipelines = pipelines;
        this.owners = new CrmOwners(memberships);
    }

    @Override
    public AutomationFacts factsOf(AutomationEvent event) {
        String school = event.schoolId();
        Optional<Deal> deal = Optional.ofNullable(idOf(event, "Deal", CrmEvents.DEAL))
                .flatMap(deals::findById).filter(d -> d.schoolId().equals(school));
        String contactId = deal.map(Deal::contactId).orElseGet(() -> idOf(event, "Contact", CrmEvents.CONTACT));
        Optional<Contact> contact = Optional.ofNullable(contactId).flatMap(contacts::findById)
                .filter(c -> c.schoolId().equals(school) && c.isActive());
        if (deal.isEmpty() && contact.isEmpty()) {
            return AutomationFacts.NONE;
        }
        return new AutomationFacts(deal.map(Deal::id).orElse(null), deal.map(Deal::pipelineId).orElse(null),
                deal.map(Deal::stageId).orElse(null),
                deal.map(Deal::amount).map(money -> money.amountInMinorUnits()).orElse(null),
                deal.map(Deal::ownerSubject).orElse(null), contact.map(Contact::id).orElse(null),
                contact.map(c -> c.roles().stream().map(Enum::name).collect(Collectors.toSet())).orElse(Set.of()),
                contact.map(Contact::tags).orElse(Set.of()),
                contact.map(c -> c.details().source().name()).orElse(null),
                contact.map(c -> c.details().situation()).map(Enum::name).orElse(null),
                contact.map(c -> c.stages().stream().map(StageTrack::stage).map(Enum::name)
                        .collect(Collectors.toSet())).orElse(Set.of()));
    }

    @Override
    public boolean stagesExist(String schoolId, Collection<String> stageIds) {
        Set<String> known = pipelines.findBySchool(schoolId, Pipeline.MAX_PER_SCHOOL).stream().map(Pipeline::stages)
                .flatMap(Collection::stream).map(PipelineStage::id).collect(Collectors.toSet());
        return known.containsAll(stageIds);
    }

    @Override
    public boolean isStaff(String schoolId, String subject) {
        return owners.works(schoolId, subject);
    }

    private static String idOf(AutomationEvent event, String aggregateType, String attribute) {
        return aggregateType.equals(event.aggregateType()) ? event.aggregateId() : event.attribute(attribute);
    }
}
