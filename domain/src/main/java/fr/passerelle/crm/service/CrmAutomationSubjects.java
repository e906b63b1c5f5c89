package fr.passerelle.crm.service;

import fr.passerelle.crm.model.AutomationEvent;
import fr.passerelle.crm.model.AutomationFacts;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.PipelineStage;
import fr.passerelle.crm.model.StageTrack;
import fr.passerelle.crm.model.Task;
import fr.passerelle.crm.port.out.AutomationSubjects;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Pipelines;
import fr.passerelle.crm.port.out.Tasks;
import fr.passerelle.membership.port.out.Memberships;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What rules read of the CRM: the deal an event names (its aggregate, or its {@code dealId} attribute) and its
 * contact (the deal's, or the event's {@code contactId}), and the owner of the task a task's event is about, each only
 * when it belongs to the event's school; the school's pipeline stages; who works its CRM.
 */
public class CrmAutomationSubjects implements AutomationSubjects {

    private final Deals deals;
    private final Tasks tasks;
    private final Contacts contacts;
    private final Pipelines pipelines;
    private final CrmOwners owners;

    public CrmAutomationSubjects(Deals deals, Tasks tasks, Contacts contacts, Pipelines pipelines,
                                 Memberships memberships) {
        this.deals = deals;
        this.tasks = tasks;
        this.contacts = contacts;
        this.pipelines = pipelines;
        this.owners = new CrmOwners(memberships);
    }

    @Override
    public AutomationFacts factsOf(AutomationEvent event) {
        return factsOf(List.of(event)).get(0);
    }

    /** One read of deals, one of contacts and one of tasks for all the events, whatever their number. */
    @Override
    public List<AutomationFacts> factsOf(List<AutomationEvent> events) {
        Map<String, Deal> dealsById = byId(deals.findAllById(events.stream()
                .map(event -> idOf(event, "Deal", CrmEvents.DEAL)).filter(Objects::nonNull).distinct().toList()),
                Deal::id);
        Map<AutomationEvent, Optional<Deal>> dealOf = new HashMap<>();
        events.forEach(event -> dealOf.put(event, Optional.ofNullable(idOf(event, "Deal", CrmEvents.DEAL))
                .map(dealsById::get).filter(d -> d.schoolId().equals(event.schoolId()))));
        Function<AutomationEvent, String> contactIdOf = event -> dealOf.get(event).map(Deal::contactId)
                .orElseGet(() -> idOf(event, "Contact", CrmEvents.CONTACT));
        Map<String, Contact> contactsById = byId(contacts.findAllById(events.stream().map(contactIdOf)
                .filter(Objects::nonNull).distinct().toList()), Contact::id);
        Map<String, Task> tasksById = byId(tasks.findAllById(events.stream()
                .map(event -> idOf(event, "Task", CrmEvents.TASK)).filter(Objects::nonNull).distinct().toList()),
                Task::id);
        return events.stream().map(event -> facts(dealOf.get(event), Optional.ofNullable(contactIdOf.apply(event))
                .map(contactsById::get).filter(c -> c.schoolId().equals(event.schoolId()) && c.isActive()),
                Optional.ofNullable(idOf(event, "Task", CrmEvents.TASK)).map(tasksById::get)
                        .filter(t -> t.schoolId().equals(event.schoolId())).map(Task::ownerSubject).orElse(null)))
                .toList();
    }

    private static AutomationFacts facts(Optional<Deal> deal, Optional<Contact> contact, String taskOwner) {
        if (deal.isEmpty() && contact.isEmpty() && taskOwner == null) {
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
                        .collect(Collectors.toSet())).orElse(Set.of()), taskOwner);
    }

    @Override
    public boolean stagesExist(String schoolId, Collection<String> stageIds) {
        Set<String> known = pipelinesOf(schoolId).stream().map(Pipeline::stages)
                .flatMap(Collection::stream).map(PipelineStage::id).collect(Collectors.toSet());
        return known.containsAll(stageIds);
    }

    @Override
    public boolean pipelinesExist(String schoolId, Collection<String> pipelineIds) {
        return pipelinesOf(schoolId).stream().map(Pipeline::id).collect(Collectors.toSet()).containsAll(pipelineIds);
    }

    /** The school's pipelines, the default one included before it is stored. */
    private List<Pipeline> pipelinesOf(String schoolId) {
        return SchoolPipelines.ofSchool(pipelines, schoolId, Instant.EPOCH);
    }

    private static <T> Map<String, T> byId(List<T> found, Function<T, String> id) {
        return found.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    @Override
    public boolean isStaff(String schoolId, String subject) {
        return owners.works(schoolId, subject);
    }

    private static String idOf(AutomationEvent event, String aggregateType, String attribute) {
        return aggregateType.equals(event.aggregateType()) ? event.aggregateId() : event.attribute(attribute);
    }
}
