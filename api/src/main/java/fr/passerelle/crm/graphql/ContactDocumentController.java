package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.api.web.DownloadLinks;
import fr.passerelle.api.web.DownloadLinks.Link;
import fr.passerelle.crm.graphql.CrmTimelineViews.ContactDocumentDeletePayload;
import fr.passerelle.crm.graphql.CrmTimelineViews.ContactDocumentView;
import fr.passerelle.crm.port.in.ContactDocumentUseCases;
import fr.passerelle.membership.model.Actor;
import graphql.relay.Connection;
import java.util.Collection;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Contacts' documents over GraphQL; their bytes go up and down over REST ({@code ContactDocumentFileController}). */
@Controller
class ContactDocumentController implements NodeLoader {

    private static final String NEWEST_FIRST = "UPLOADED_AT_DESC";

    private final ContactDocumentUseCases documents;
    private final DownloadLinks links;

    ContactDocumentController(ContactDocumentUseCases documents, DownloadLinks links) {
        this.documents = documents;
        this.links = links;
    }

    @QueryMapping
    Connection<ContactDocumentView> contactDocuments(@Argument String contactId, @Arguments PageArguments page,
                                                     @ContextValue Actor actor) {
        var connection = page.orderedBy(NEWEST_FIRST);
        return connection.connection(documents.ofContact(actor, CrmTimelineController.contact(contactId),
                connection.paging()), ContactDocumentView::of);
    }

    @MutationMapping
    ContactDocumentDeletePayload contactDocumentDelete(@Argument String id, @Argument Long expectedVersion,
                                                       @ContextValue Actor actor) {
        String documentId = GlobalIds.localId(id, ContactDocumentView.TYPE);
        return Mutations.run(null, () -> documents.delete(actor, documentId, expectedVersion),
                ContactDocumentDeletePayload::of);
    }

    @SchemaMapping(typeName = ContactDocumentView.TYPE)
    Link downloadLink(ContactDocumentView document, @ContextValue Actor actor) {
        return links.to(filePath(document.id()), actor);
    }

    @Override
    public String type() {
        return ContactDocumentView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(documents.findAll(actor, localIds), ContactDocumentView::of);
    }

    /** Where a document's bytes are downloaded, by its global id. */
    public static String filePath(String documentGlobalId) {
        return "/crm/contact-documents/" + documentGlobalId + "/file";
    }
}
