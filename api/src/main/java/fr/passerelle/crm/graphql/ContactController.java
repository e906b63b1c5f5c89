package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.crm.graphql.ContactInputs.CreateInput;
import fr.passerelle.crm.graphql.ContactPayloads.CreatePayload;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.DuplicateContactException;
import fr.passerelle.crm.port.in.ContactUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolView;
import graphql.relay.Connection;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** A school's contacts over GraphQL: thin translation to {@link ContactUseCases}, which decides who may do what. */
@Controller
class ContactController implements NodeLoader {

    /** The one listing order, recorded in cursors. */
    private static final String ORDER = "NAME";

    private final ContactUseCases contacts;

    ContactController(ContactUseCases contacts) {
        this.contacts = contacts;
    }

    @SchemaMapping(typeName = SchoolView.TYPE, field = "contacts")
    Connection<ContactView> schoolContacts(SchoolView school, @Arguments PageArguments page,
                                           @ContextValue Actor actor) {
        var connection = page.orderedBy(ORDER);
        return connection.connection(contacts.list(actor, school.localId(), connection.paging()), ContactView::of);
    }

    @MutationMapping
    CreatePayload contactCreate(@Argument String schoolId, @Argument CreateInput input, @ContextValue Actor actor) {
        String school = GlobalIds.localId(schoolId, SchoolView.TYPE);
        return withDuplicate(actor, () -> contacts.create(actor, school, input.draft(), input.roleSet(),
                input.tags(), input.owner()));
    }

    @Override
    public String type() {
        return ContactView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(contacts.findAll(actor, localIds), ContactView::of);
    }

    /** Runs a creation; on a duplicate, the payload also names the contact already there. */
    private CreatePayload withDuplicate(Actor actor, Supplier<Contact> creation) {
        AtomicReference<String> duplicate = new AtomicReference<>();
        return Mutations.run(() -> {
            try {
                return creation.get();
            } catch (DuplicateContactException e) {
                duplicate.set(e.existingId());
                throw e;
            }
        }, (errors, contact) -> new CreatePayload(errors, contact == null ? null : ContactView.of(contact),
                duplicate.get() == null ? null
                        : contacts.find(actor, duplicate.get()).map(ContactView::of).orElse(null)));
    }
}
