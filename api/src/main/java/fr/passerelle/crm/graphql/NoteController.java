package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.ExpectedVersion;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.crm.graphql.CrmTimelineViews.NoteDeletePayload;
import fr.passerelle.crm.graphql.CrmTimelineViews.NotePayload;
import fr.passerelle.crm.graphql.CrmTimelineViews.NoteView;
import fr.passerelle.crm.port.in.NoteUseCases;
import fr.passerelle.membership.model.Actor;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Notes on contacts. */
@Controller
class NoteController implements NodeLoader {

    private final NoteUseCases notes;

    NoteController(NoteUseCases notes) {
        this.notes = notes;
    }

    @MutationMapping
    NotePayload noteAdd(@Argument String contactId, @Argument NoteInput input, @ContextValue Actor actor) {
        String contact = CrmTimelineController.contact(contactId);
        return Mutations.run("input", Set.of("contactId"),
                () -> notes.add(actor, contact, input.text(), Boolean.TRUE.equals(input.pinned())), NotePayload::of);
    }

    @MutationMapping
    NotePayload noteEdit(@Argument String id, @Argument NoteInput input, @Argument Long expectedVersion,
                         @ContextValue Actor actor) {
        String noteId = GlobalIds.localId(id, NoteView.TYPE);
        return Mutations.run("input", Set.of(ExpectedVersion.ARGUMENT),
                () -> notes.edit(actor, noteId, input.text(), input.pinned(), expectedVersion), NotePayload::of);
    }

    @MutationMapping
    NoteDeletePayload noteDelete(@Argument String id, @Argument Long expectedVersion, @ContextValue Actor actor) {
        String noteId = GlobalIds.localId(id, NoteView.TYPE);
        return Mutations.run(null, () -> notes.delete(actor, noteId, expectedVersion), NoteDeletePayload::of);
    }

    @SchemaMapping(typeName = NoteView.TYPE)
    boolean mine(NoteView note, @ContextValue Actor actor) {
        return note.note().writtenBy(actor.subject());
    }

    @Override
    public String type() {
        return NoteView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(notes.findAll(actor, localIds), NoteView::of);
    }

    /** GraphQL {@code NoteInput} and {@code NoteEditInput}. */
    record NoteInput(String text, Boolean pinned) {
    }
}
