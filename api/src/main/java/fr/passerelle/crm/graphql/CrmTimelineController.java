package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.crm.graphql.CrmTimelineViews.ContactDocumentView;
import fr.passerelle.crm.graphql.CrmTimelineViews.InteractionView;
import fr.passerelle.crm.graphql.CrmTimelineViews.NoteView;
import fr.passerelle.crm.graphql.CrmTimelineViews.TimelineEntryView;
import fr.passerelle.crm.port.in.ContactDocumentUseCases;
import fr.passerelle.crm.port.in.InteractionUseCases;
import fr.passerelle.crm.port.in.NoteUseCases;
import fr.passerelle.crm.port.in.TimelineUseCases;
import fr.passerelle.membership.model.Actor;
import graphql.relay.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * A contact's timeline. A page is one read of the entries, then one read per subject type present on the page
 * (interactions, notes, documents), whatever the page's size: the subjects come through a batch loader.
 */
@Controller
class CrmTimelineController {

    private static final String NEWEST_FIRST = "OCCURRED_AT_DESC";

    private final TimelineUseCases timeline;
    private final InteractionUseCases interactions;
    private final NoteUseCases notes;
    private final ContactDocumentUseCases documents;

    CrmTimelineController(TimelineUseCases timeline, InteractionUseCases interactions, NoteUseCases notes,
                          ContactDocumentUseCases documents) {
        this.timeline = timeline;
        this.interactions = interactions;
        this.notes = notes;
        this.documents = documents;
    }

    @QueryMapping
    Connection<TimelineEntryView> contactTimeline(@Argument String contactId, @Arguments PageArguments page,
                                                  @ContextValue Actor actor) {
        var connection = page.orderedBy(NEWEST_FIRST);
        return connection.connection(timeline.timeline(actor, contact(contactId), connection.paging()),
                TimelineEntryView::of);
    }

    @BatchMapping(typeName = "TimelineEntry")
    Map<TimelineEntryView, Object> subject(List<TimelineEntryView> entries, @ContextValue Actor actor) {
        Map<String, List<String>> idsByType = entries.stream().collect(Collectors.groupingBy(
                TimelineEntryView::subjectType, Collectors.mapping(TimelineEntryView::localSubjectId,
                        Collectors.toList())));
        Map<String, Object> subjects = new HashMap<>();
        load(subjects, idsByType.get(InteractionView.TYPE), ids -> interactions.findAll(actor, ids).stream()
                .collect(Collectors.toMap(i -> key(InteractionView.TYPE, i.id()), InteractionView::of)));
        load(subjects, idsByType.get(NoteView.TYPE), ids -> notes.findAll(actor, ids).stream()
                .collect(Collectors.toMap(n -> key(NoteView.TYPE, n.id()), NoteView::of)));
        load(subjects, idsByType.get(ContactDocumentView.TYPE), ids -> documents.findAll(actor, ids).stream()
                .collect(Collectors.toMap(d -> key(ContactDocumentView.TYPE, d.id()), ContactDocumentView::of)));
        Map<TimelineEntryView, Object> result = new HashMap<>();
        entries.forEach(entry -> {
            Object subject = subjects.get(key(entry.subjectType(), entry.localSubjectId()));
            if (subject != null) {
                result.put(entry, subject);
            }
        });
        return result;
    }

    /** Reads the subjects of one type, when the page has some. */
    private static void load(Map<String, Object> subjects, List<String> ids,
                             Function<List<String>, Map<String, ?>> read) {
        if (ids != null) {
            subjects.putAll(read.apply(ids));
        }
    }

    private static String key(String type, String id) {
        return type + "/" + id;
    }

    static String contact(String globalId) {
        return GlobalIds.localId(globalId, CrmTimelineViews.CONTACT);
    }
}
