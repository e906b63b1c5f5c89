package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.crm.graphql.ContactInputs.CreateInput;
import fr.passerelle.api.graphql.ExpectedVersion;
import fr.passerelle.crm.graphql.ContactInputs.StageMoveInput;
import fr.passerelle.crm.graphql.ContactInputs.UpdateInput;
import fr.passerelle.crm.graphql.ContactPayloads.ChangePayload;
import fr.passerelle.crm.graphql.ContactPayloads.CreatePayload;
import fr.passerelle.crm.graphql.ContactPayloads.MergePayload;
import fr.passerelle.crm.graphql.ContactPayloads.TargetsPayload;
import fr.passerelle.crm.graphql.ContactPayloads.UndoPayload;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.TagCount;
import fr.passerelle.crm.port.in.ContactMergeUseCases;
import fr.passerelle.crm.port.in.SegmentUseCases;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.DuplicateContactException;
import fr.passerelle.crm.port.in.ContactUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolView;
import graphql.relay.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
    private final ContactMergeUseCases merges;
    private final SegmentUseCases segments;

    ContactController(ContactUseCases contacts, ContactMergeUseCases merges, SegmentUseCases segments) {
        this.contacts = contacts;
        this.merges = merges;
        this.segments = segments;
    }

    @SchemaMapping(typeName = SchoolView.TYPE, field = "contacts")
    Connection<ContactView> schoolContacts(SchoolView school, @Arguments PageArguments page,
                                           @Argument SegmentController.FilterInput filter,
                                           @ContextValue Actor actor) {
        var connection = page.orderedBy(ORDER);
        var paging = connection.paging();
        return connection.connection(filter == null ? contacts.list(actor, school.localId(), paging)
                : segments.preview(actor, school.localId(), filter.filter(), paging), ContactView.seenBy(actor));
    }

    @MutationMapping
    CreatePayload contactCreate(@Argument String schoolId, @Argument CreateInput input, @ContextValue Actor actor) {
        String school = GlobalIds.localId(schoolId, SchoolView.TYPE);
        return withDuplicate(actor, () -> contacts.create(actor, school, input.draft(), input.roleSet(),
                input.tags(), input.owner()));
    }

    @SchemaMapping(typeName = SchoolView.TYPE, field = "crmTags")
    List<TagCount> crmTags(SchoolView school, @ContextValue Actor actor) {
        return contacts.tags(actor, school.localId());
    }

    @SchemaMapping(typeName = SchoolView.TYPE, field = "crmLifecycleTargets")
    List<String> crmLifecycleTargets(SchoolView school, @ContextValue Actor actor) {
        return contacts.lifecycleTargets(actor, school.localId());
    }

    @MutationMapping
    ChangePayload contactUpdate(@Argument String id, @Argument UpdateInput input, @Argument Long expectedVersion,
                                @ContextValue Actor actor) {
        String contactId = localId(id);
        return change("input", Set.of(ExpectedVersion.ARGUMENT),
                () -> contacts.update(actor, contactId, input.draft(), expectedVersion));
    }

    @MutationMapping
    ChangePayload contactRolesAdd(@Argument String id, @Argument List<ContactRole> roles, @ContextValue Actor actor) {
        String contactId = localId(id);
        return change(null, Set.of(), () -> contacts.addRoles(actor, contactId, ContactInputs.roles(roles)));
    }

    @MutationMapping
    ChangePayload contactRolesRemove(@Argument String id, @Argument List<ContactRole> roles,
                                     @ContextValue Actor actor) {
        String contactId = localId(id);
        return change(null, Set.of(), () -> contacts.removeRoles(actor, contactId, ContactInputs.roles(roles)));
    }

    @MutationMapping
    ChangePayload contactOwnerAssign(@Argument String id, @Argument String owner, @ContextValue Actor actor) {
        String contactId = localId(id);
        return change(null, Set.of(), () -> contacts.assignOwner(actor, contactId, owner));
    }

    @MutationMapping
    ChangePayload contactTagsAdd(@Argument String id, @Argument List<String> tags, @ContextValue Actor actor) {
        String contactId = localId(id);
        return change(null, Set.of(), () -> contacts.addTags(actor, contactId, tags));
    }

    @MutationMapping
    ChangePayload contactTagsRemove(@Argument String id, @Argument List<String> tags, @ContextValue Actor actor) {
        String contactId = localId(id);
        return change(null, Set.of(), () -> contacts.removeTags(actor, contactId, tags));
    }

    @MutationMapping
    ChangePayload contactStageMove(@Argument String id, @Argument StageMoveInput input, @Argument Long expectedVersion,
                                   @ContextValue Actor actor) {
        String contactId = localId(id);
        return change("input", Set.of(ExpectedVersion.ARGUMENT), () -> contacts.moveStage(actor, contactId,
                input.target(), input.stage(), expectedVersion));
    }

    @MutationMapping
    MergePayload contactMerge(@Argument String keepId, @Argument String mergeId, @ContextValue Actor actor) {
        String one = localId(keepId);
        String other = localId(mergeId);
        return Mutations.run(null, () -> merges.merge(actor, one, other), (errors, merged) -> new MergePayload(errors,
                merged == null ? null : ContactView.of(merged.survivor()),
                merged == null ? null : GlobalIds.encode(ContactView.TYPE, merged.merged().id())));
    }

    @MutationMapping
    UndoPayload contactMergeUndo(@Argument String mergedContactId, @ContextValue Actor actor) {
        String merged = localId(mergedContactId);
        return Mutations.run(null, () -> merges.undo(actor, merged), (errors, undone) -> new UndoPayload(errors,
                undone == null ? null : ContactView.of(undone.survivor()),
                undone == null ? null : ContactView.of(undone.merged())));
    }

    @MutationMapping
    TargetsPayload crmLifecycleTargetsSet(@Argument String schoolId, @Argument List<String> kinds,
                                          @Argument Long expectedVersion, @ContextValue Actor actor) {
        String school = GlobalIds.localId(schoolId, SchoolView.TYPE);
        return Mutations.run(null, () -> contacts.setLifecycleTargets(actor, school, kinds, expectedVersion),
                (errors, targets) -> new TargetsPayload(errors, targets == null ? null : targets.kinds(),
                        targets == null ? null : targets.version()));
    }

    @Override
    public String type() {
        return ContactView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(contacts.findAll(actor, localIds), ContactView.seenBy(actor));
    }

    private ChangePayload change(String root, Set<String> outsideRoot, Supplier<Contact> useCase) {
        return Mutations.run(root, outsideRoot, useCase, (errors, contact) -> new ChangePayload(errors,
                contact == null ? null : ContactView.of(contact)));
    }

    private static String localId(String globalId) {
        return GlobalIds.localId(globalId, ContactView.TYPE);
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
                        : contacts.find(actor, duplicate.get()).map(ContactView.seenBy(actor)).orElse(null)));
    }
}
