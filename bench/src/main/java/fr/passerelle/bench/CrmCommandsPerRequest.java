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
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.EmailAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * B4 for the CRM: the MongoDB commands a page of a school's contacts and a segment's count send, at page sizes 10,
 * 50 and 100, with 1,000 and then 100,000 contacts in the school. Keyset paging and a count on indexed fields make
 * every figure the same. Its own entry point, for seeding 100,000 contacts takes minutes:
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
            int seeded = 0;
            for (int size : SIZES) {
                Progress.say("CRM B4: seeding contacts up to " + size);
                seed(app, seeded, size);
                seeded = size;
                for (int first : PAGE_SIZES) {
                    pageTotals.add(measure(app, admin, PAGE, Map.of("id", school, "first", first), figures,
                            size + " contacts, page " + first));
                }
                countTotals.add(measure(app, admin, COUNT, Map.of("id", segment), figures, size + " contacts, count"));
            }
            Result result = new Result("B4 CRM commands per request", String.join("; ", figures),
                    "the same for every page size and data size",
                    Result.Verdict.of(pageTotals.stream().distinct().count() == 1
                            && countTotals.stream().distinct().count() == 1));
            ResultTable.print(List.of(result), loadBefore, System.out);
        }
    }

    private static int measure(RunningApp app, GraphQlClient client, String document, Map<String, ?> variables,
                               List<String> figures, String label) {
        var request = client.request(document, variables);
        request.send(); // first of its kind: whatever the application reads once and keeps is not per request
        Commands commands = app.commands().during(request::send);
        figures.add(label + ": " + commands.total() + " (" + commands.breakdown() + ")");
        return commands.total();
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
