package fr.passerelle.bench;

import fr.passerelle.bench.harness.CommandCounter.Commands;
import fr.passerelle.bench.harness.GlobalIds;
import fr.passerelle.bench.harness.GraphQlClient;
import fr.passerelle.bench.harness.Instrumentation;
import fr.passerelle.bench.harness.Progress;
import fr.passerelle.bench.harness.RunningApp;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactLinks;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.CrmTimelineEvents;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.DefaultPipeline;
import fr.passerelle.crm.model.Note;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.PipelineStage;
import fr.passerelle.crm.model.StageKind;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Notes;
import fr.passerelle.crm.port.out.TimelineEntries;
import fr.passerelle.crm.service.TimelineProjector;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * B4 for the CRM: the MongoDB commands a page of a school's contacts, a segment's count, the deal board and a
 * contact's timeline send, at three page sizes each, with 1,000 contacts (100 deals, a timeline of 120 lines) and then
 * 100,000 contacts (5,100 deals, 2,120 lines). Keyset paging, a count on indexed fields, a board read in one
 * aggregation and subjects resolved per type per page make every figure the same. Its own entry point, for seeding
 * 100,000 contacts takes minutes:
 * {@code mvn -q -pl bench exec:java -Dexec.mainClass=fr.passerelle.bench.CrmCommandsPerRequest}.
 */
public final class CrmCommandsPerRequest {

    private static final String SCHOOL = "demo-school-mecaformation-lyon";
    private static final String PERSONA = "school-admin-b";
    private static final List<Integer> PAGE_SIZES = List.of(10, 50, 100);
    private static final List<Integer> SIZES = List.of(1_000, 100_000);
    private static final String PAGE = """
            query($id: ID!, $first: Int) { node(id: $id) { ... on School { contacts(first: $first) {
              edges { cursor node { id displayName email tags stages { target stage } } } pageInfo { hasNextPage } } } } }""";
    private static final String COUNT = "query($id: ID!) { node(id: $id) { ... on Segment { count } } }";
    private static final List<Integer> BOARD_SIZES = List.of(10, 25, 50);
    private static final String BOARD = """
            query($id: ID!, $first: Int) { dealBoard(pipelineId: $id, first: $first) { columns { stage { id } count
              expectedAmount { amount } deals { edges { node { id title contact { displayName } } } } } } }""";
    private static final String TIMELINE = """
            query($id: ID!, $first: Int) { contactTimeline(contactId: $id, first: $first) {
              edges { node { kind occurredAt subject { __typename ... on Note { text } } } } pageInfo { hasNextPage } } }""";
    /** Deals and timeline lines added at each data size: the board and the feed grow with the school. */
    private static final Map<Integer, Integer> DEALS = Map.of(1_000, 100, 100_000, 5_000);
    private static final Map<Integer, Integer> NOTES = Map.of(1_000, 120, 100_000, 2_000);
    private static final String TIMELINE_CONTACT = "bench-contact-0";
    private static final int SENDS = 3;

    private CrmCommandsPerRequest() {
    }

    public static void main(String[] args) {
        String loadBefore = ResultTable.loadAverage();
        try (RunningApp app = RunningApp.start(Instrumentation.ON)) {
            GraphQlClient admin = app.client(PERSONA);
            String school = GlobalIds.of("School", SCHOOL);
            String segment = admin.query("""
                    mutation($id: ID!) { segmentCreate(schoolId: $id, input: {name: "Bench", filter: {
                      situations: [JOB_SEEKER], departments: ["69"], minAge: 18, noInteractionForDays: 30}}) {
                      segment { id } } }""", Map.of("id", school)).at("/segmentCreate/segment/id").asString();
            List<String> figures = new ArrayList<>();
            List<Integer> pageTotals = new ArrayList<>();
            List<Integer> countTotals = new ArrayList<>();
            String pipeline = GlobalIds.of("Pipeline", DefaultPipeline.idFor(SCHOOL));
            String timelineContact = GlobalIds.of("Contact", TIMELINE_CONTACT);
            List<Integer> boardTotals = new ArrayList<>();
            List<Integer> timelineTotals = new ArrayList<>();
            int seeded = 0;
            int deals = 0;
            for (int size : SIZES) {
                Progress.say("CRM B4: seeding contacts up to " + size);
                seed(app, seeded, size);
                seedDeals(app, deals, deals + DEALS.get(size), size);
                deals += DEALS.get(size);
                seedNotes(app, NOTES.get(size));
                seeded = size;
                for (int first : PAGE_SIZES) {
                    pageTotals.add(measure(app, admin, PAGE, Map.of("id", school, "first", first), figures,
                            size + " contacts, page " + first));
                }
                countTotals.add(measure(app, admin, COUNT, Map.of("id", segment), figures, size + " contacts, count"));
                for (int first : BOARD_SIZES) {
                    boardTotals.add(measure(app, admin, BOARD, Map.of("id", pipeline, "first", first), figures,
                            deals + " deals, board of " + first + " per column"));
                }
                for (int first : PAGE_SIZES) {
                    timelineTotals.add(measure(app, admin, TIMELINE, Map.of("id", timelineContact, "first", first),
                            figures, size + " contacts, timeline page " + first));
                }
            }
            Result result = new Result("B4 CRM commands per request", String.join("; ", figures),
                    "the same for every page size and data size",
                    Result.Verdict.of(Stream.of(pageTotals, countTotals, boardTotals, timelineTotals)
                            .allMatch(totals -> totals.stream().distinct().count() == 1)));
            ResultTable.print(List.of(result), loadBefore, System.out);
        }
    }

    private static int measure(RunningApp app, GraphQlClient client, String document, Map<String, ?> variables,
                               List<String> figures, String label) {
        var request = client.request(document, variables);
        request.send(); // first of its kind: whatever the application reads once and keeps is not per request
        Commands commands = app.commands().fewestDuring(request::send, SENDS);
        figures.add(label + ": " + commands.total() + " (" + commands.breakdown() + ")");
        return commands.total();
    }

    /** Deals {@code from} to {@code to} of the default pipeline, spread over its open stages and the contacts. */
    private static void seedDeals(RunningApp app, int from, int to, int contacts) {
        Deals deals = app.bean(Deals.class);
        EventFactory events = app.bean(EventFactory.class);
        Instant now = app.bean(Clock.class).instant();
        Pipeline pipeline = DefaultPipeline.of(SCHOOL, now);
        List<PipelineStage> open = pipeline.stages().stream().filter(s -> s.kind() == StageKind.OPEN).toList();
        for (int n = from; n < to; n++) {
            var details = new Deal.Details("bench-contact-" + (n * 7 % contacts), null, "Affaire " + n,
                    "system:bench", Money.euros(890), null, null);
            Deal deal = Deal.open("bench-deal-" + n, pipeline, open.get(n % open.size()), details, "system:bench",
                    null, now.plusMillis(n));
            deals.insert(deal, events.created(CrmEvents.DEAL_CREATED, Initiator.system(), deal, CrmEvents.of(deal)));
        }
    }

    /** {@code count} more notes on the timeline's contact, each with its line, as the note service writes them. */
    private static void seedNotes(RunningApp app, int count) {
        Notes notes = app.bean(Notes.class);
        TimelineEntries timeline = app.bean(TimelineEntries.class);
        EventFactory events = app.bean(EventFactory.class);
        Instant now = app.bean(Clock.class).instant();
        for (int n = 0; n < count; n++) {
            Note note = Note.write(UUID.randomUUID().toString(), SCHOOL, TIMELINE_CONTACT, "Note " + n, false,
                    "system:bench", now.minusSeconds(n));
            Note stored = notes.insert(note, events.created(CrmTimelineEvents.NOTE_ADDED, Initiator.system(), note,
                    CrmTimelineEvents.attributesOf(note)));
            timeline.record(TimelineProjector.entryOf(stored));
        }
    }

    /** Contacts {@code from} to {@code to} of the school, through its port, each with its event, as stored. */
    private static void seed(RunningApp app, int from, int to) {
        Contacts contacts = app.bean(Contacts.class);
        EventFactory events = app.bean(EventFactory.class);
        Instant now = app.bean(Clock.class).instant();
        for (int n = from; n < to; n++) {
            var details = new ContactDetails("Prénom" + n, "Nom" + n, EmailAddress.of("bench-" + n + "@example.fr"),
                    null, new Address(null, n % 2 == 0 ? "69003" : "75011", "Ville", "FR", null), 1980 + n % 30,
                    n % 3 == 0 ? ContactSituation.JOB_SEEKER : ContactSituation.EMPLOYEE, ContactSource.IMPORT,
                    null, ContactLinks.NONE);
            Contact contact = Contact.create("bench-contact-" + n, SCHOOL, details, Set.of(), null,
                    Set.of("tag-" + n % 10), "system:bench", now);
            contacts.insert(contact, events.created(ContactEvents.CREATED, Initiator.system(), contact,
                    ContactEvents.attributesOf(contact)));
        }
    }
}
