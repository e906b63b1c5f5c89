package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.Batches;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.port.in.ContactUseCases;
import fr.passerelle.membership.model.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.stereotype.Controller;

/** The contact of deals and tasks: one read for a whole page of them, as the contacts' use cases allow. */
@Controller
class DealContactsController {

    private final ContactUseCases contacts;

    DealContactsController(ContactUseCases contacts) {
        this.contacts = contacts;
    }

    @BatchMapping(typeName = DealView.TYPE, field = "contact")
    Map<DealView, ContactView> dealContact(List<DealView> deals, @ContextValue Actor actor) {
        return Batches.byParent(deals, DealView::contactLocalId, read(actor, deals.stream()
                .map(DealView::contactLocalId).toList()));
    }

    @BatchMapping(typeName = CrmTaskView.TYPE, field = "contact")
    Map<CrmTaskView, ContactView> taskContact(List<CrmTaskView> tasks, @ContextValue Actor actor) {
        return Batches.byParent(tasks, CrmTaskView::contactLocalId, read(actor, tasks.stream()
                .map(CrmTaskView::contactLocalId).filter(Objects::nonNull).toList()));
    }

    private Map<String, ContactView> read(Actor actor, List<String> ids) {
        return ids.isEmpty() ? Map.of() : contacts.findAll(actor, ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Contact::id, ContactView.seenBy(actor), (a, b) -> a, HashMap::new));
    }
}
