package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A contact's timeline over the API: a call logged, a note written, a PDF filed and downloaded, all in one feed,
 * newest first and paged; finance changes nothing and reads only the commercial part (no note, interaction or ID
 * proof, which look missing to it); another school sees nothing, and a contact, note or document of this school looks
 * to it exactly like a missing one.
 */
class CrmTimelineTest extends ApiTest {

    private static final String LOG = """
            mutation($contact: ID!, $input: InteractionLogInput!) { interactionLog(contactId: $contact, input: $input) {
              userErrors { field code } interaction { id kind outcome occurredAt summary } } }""";
    private static final String NOTE = """
            mutation($contact: ID!, $input: NoteInput!) { noteAdd(contactId: $contact, input: $input) {
              userErrors { field code } note { id text pinned mine version } } }""";
    private static final String TIMELINE = """
            query($contact: ID!, $first: Int, $after: String) { contactTimeline(contactId: $contact, first: $first,
              after: $after) { edges { node { kind label subjectType subject { __typename
                ... on Interaction { outcome summary } ... on Note { text mine }
                ... on ContactDocument { type title contentType } } } }
              pageInfo { hasNextPage endCursor } } }""";
    private static final String DOCUMENTS = """
            query($contact: ID!) { contactDocuments(contactId: $contact) { edges { node { id type size sha256
              downloadLink { url } } } } }""";
    private static final String CONTACT = """
            query($id: ID!) { node(id: $id) { ... on Contact { lastInteractionAt } } }""";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private String admissions;
    private String finance;
    private String outsider;
    private String contact;

    @BeforeEach
    void aSchoolWithAContact() {
        String school = given.newSchool("CRM timeline " + UUID.randomUUID());
        admissions = member(school, "ADMISSIONS");
        finance = member(school, "FINANCE");
        outsider = member(given.newSchool("CRM elsewhere " + UUID.randomUUID()), "SCHOOL_ADMIN");
        var created = Fixtures.assertSucceeded(api.queryWithToken(admissions, CrmContactsTest.CREATE, Map.of(
                "school", school, "input", CrmContactsTest.person("Girard", "girard." + UUID.randomUUID()
                        + "@example.test", null))));
        contact = created.read("$.data.contactCreate.contact.id");
    }

    private String member(String schoolId, String role) {
        var person = people.newcomer();
        String membership = given.inviteToSchool("platform-admin", schoolId, person.email(), role);
        Fixtures.assertSucceeded(api.queryWithToken(person.token(), Fixtures.ACCEPT, Map.of("id", membership)));
        return person.token();
    }

    private GraphQlHttp.Reply logCall(String token, String contactId, Instant at) {
        Map<String, Object> input = new HashMap<>(Map.of("kind", "CALL", "direction", "OUTBOUND",
                "outcome", "CALLBACK_REQUESTED", "occurredAt", at.toString()));
        input.put("summary", "Rappeler jeudi pour le financement OPCO");
        return api.queryWithToken(token, LOG, Map.of("contact", contactId, "input", input));
    }

    private GraphQlHttp.Reply upload(String token, String contactId, String type, byte[] file) {
        String boundary = "----passerelle-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (var part : List.of(Map.entry("type", type), Map.entry("title", "Devis formation CAP"))) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey()
                    + "\"\r\n\r\n" + part.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"devis.pdf\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/crm/contacts/" + contactId
                        + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private GraphQlHttp.Reply download(String token, String documentId) {
        return api.get("/crm/contact-documents/" + documentId + "/file", Map.of("Authorization", "Bearer " + token));
    }

    @Test
    void aCallANoteAndADocumentMakeOneFeedNewestFirstPagedWithTheirSubjects() {
        Instant calledAt = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        var call = Fixtures.assertSucceeded(logCall(admissions, contact, calledAt));
        assertThat(call.<String>read("$.data.interactionLog.interaction.outcome")).isEqualTo("CALLBACK_REQUESTED");
        var note = Fixtures.assertSucceeded(api.queryWithToken(admissions, NOTE, Map.of("contact", contact,
                "input", Map.of("text", "Préfère être appelée le matin", "pinned", true))));
        assertThat(note.<Boolean>read("$.data.noteAdd.note.mine")).isTrue();
        var filed = upload(admissions, contact, "QUOTE", PDF);
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        String documentId = filed.read("$.id");
        assertThat(filed.<String>read("$.contentType")).isEqualTo("application/pdf");

        // The contact's creation reaches the timeline through the event relay: wait for it.
        Fixtures.eventually(() -> api.queryWithToken(admissions, TIMELINE, Map.of("contact", contact, "first", 10)),
                reply -> reply.<List<String>>read("$.data.contactTimeline.edges[*].node.kind").size() == 4);
        var firstPage = api.queryWithToken(admissions, TIMELINE, Map.of("contact", contact, "first", 2));
        assertThat(firstPage.<List<String>>read("$.data.contactTimeline.edges[*].node.kind"))
                .containsExactly("DOCUMENT", "NOTE");
        assertThat(firstPage.<List<String>>read("$.data.contactTimeline.edges[*].node.subject.__typename"))
                .containsExactly("ContactDocument", "Note");
        assertThat(firstPage.<Boolean>read("$.data.contactTimeline.edges[1].node.subject.mine"))
                .as("read by its author").isTrue();
        assertThat(firstPage.<Boolean>read("$.data.contactTimeline.pageInfo.hasNextPage")).isTrue();
        var secondPage = api.queryWithToken(admissions, TIMELINE, Map.of("contact", contact, "first", 2,
                "after", firstPage.read("$.data.contactTimeline.pageInfo.endCursor")));
        assertThat(secondPage.<List<String>>read("$.data.contactTimeline.edges[*].node.label"))
                .as("by when it happened: the call was ten minutes before the contact was entered")
                .containsExactly("contact.created", "interaction.logged");
        assertThat(secondPage.<Object>read("$.data.contactTimeline.edges[0].node.subject")).isNull();
        assertThat(secondPage.<String>read("$.data.contactTimeline.edges[1].node.subject.summary"))
                .isEqualTo("Rappeler jeudi pour le financement OPCO");
        assertThat(api.queryWithToken(admissions, CONTACT, Map.of("id", contact)).<String>read(
                "$.data.node.lastInteractionAt")).isEqualTo(calledAt.toString());

        var downloaded = download(admissions, documentId);
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.headers().get("content-type")).containsExactly("application/pdf");
        assertThat(downloaded.body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
        var listed = api.queryWithToken(admissions, DOCUMENTS, Map.of("contact", contact));
        String link = listed.read("$.data.contactDocuments.edges[0].node.downloadLink.url");
        var byLink = api.get(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery(), Map.of());
        assertThat(byLink.status()).isEqualTo(200);
        assertThat(byLink.body()).startsWith("%PDF-");
    }

    @Test
    void whatIsOutOfBoundsIsRefusedAtTheEdge() {
        var future = logCall(admissions, contact, Instant.now().plus(1, ChronoUnit.HOURS));
        assertThat(future.<List<String>>read("$.data.interactionLog.userErrors[*].code"))
                .containsExactly("OUT_OF_RANGE");
        assertThat(future.<List<String>>read("$.data.interactionLog.userErrors[0].field"))
                .containsExactly("input", "occurredAt");
        var tooLarge = api.queryWithToken(admissions, TIMELINE, Map.of("contact", contact, "first", 101));
        assertThat(tooLarge.errorClassification()).isEqualTo("BAD_REQUEST");

        var notAPdf = upload(admissions, contact, "OTHER", "name,email\nx,y\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notAPdf.status()).isEqualTo(415);
    }

    @Test
    void financeChangesNothingAndReadsOnlyTheCommercialPart() {
        assertThat(logCall(finance, contact, Instant.now()).errorClassification()).isEqualTo("FORBIDDEN");
        assertThat(api.queryWithToken(finance, NOTE, Map.of("contact", contact, "input", Map.of("text", "x")))
                .errorClassification()).isEqualTo("FORBIDDEN");
        assertThat(upload(finance, contact, "QUOTE", PDF).status()).isEqualTo(403);

        String call = Fixtures.assertSucceeded(logCall(admissions, contact, Instant.now().minusSeconds(60)))
                .read("$.data.interactionLog.interaction.id");
        String note = Fixtures.assertSucceeded(api.queryWithToken(admissions, NOTE, Map.of("contact", contact,
                "input", Map.of("text", "Situation familiale compliquée")))).read("$.data.noteAdd.note.id");
        String quote = upload(admissions, contact, "QUOTE", PDF).read("$.id");
        String idProof = upload(admissions, contact, "ID_PROOF", PDF).read("$.id");
        Fixtures.eventually(() -> api.queryWithToken(admissions, TIMELINE, Map.of("contact", contact, "first", 10)),
                reply -> reply.<List<String>>read("$.data.contactTimeline.edges[*].node.kind").size() == 5);

        var feed = api.queryWithToken(finance, TIMELINE, Map.of("contact", contact, "first", 10));
        assertThat(feed.<List<String>>read("$.data.contactTimeline.edges[*].node.kind")).containsExactly("CONTACT");
        assertThat(api.queryWithToken(finance, DOCUMENTS, Map.of("contact", contact))
                .<List<String>>read("$.data.contactDocuments.edges[*].node.type")).containsExactly("QUOTE");
        assertThat(download(finance, quote).status()).isEqualTo(200);
        var idProofFile = download(finance, idProof);
        String missing = globalId("ContactDocument", "no-such-document");
        var missingFile = download(finance, missing);
        assertThat(idProofFile.status()).isEqualTo(404);
        assertThat(idProofFile.body().replace(idProof, "ID")).isEqualTo(missingFile.body().replace(missing, "ID"));
        for (String hidden : List.of(call, note, idProof)) {
            assertThat(api.queryWithToken(finance, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", hidden))
                    .<Object>read("$.data.node")).as(hidden).isNull();
        }
        assertThat(api.queryWithToken(admissions, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", note))
                .<String>read("$.data.node.id")).isEqualTo(note);
    }

    @Test
    void anotherSchoolSeesNothingAndThisSchoolsRecordsLookMissingToIt() {
        String note = Fixtures.assertSucceeded(api.queryWithToken(admissions, NOTE, Map.of("contact", contact,
                "input", Map.of("text", "Confidentiel")))).read("$.data.noteAdd.note.id");
        String document = upload(admissions, contact, "INVOICE", PDF).read("$.id");
        String missingContact = globalId("Contact", "no-such-contact");

        var hidden = api.queryWithToken(outsider, TIMELINE, Map.of("contact", contact));
        var missing = api.queryWithToken(outsider, TIMELINE, Map.of("contact", missingContact));
        assertThat(hidden.errorClassification()).isEqualTo("NOT_FOUND");
        assertThat(hidden.body().replace(contact, "ID")).isEqualTo(missing.body().replace(missingContact, "ID"));
        assertThat(logCall(outsider, contact, Instant.now()).body().replace(contact, "ID"))
                .isEqualTo(logCall(outsider, missingContact, Instant.now()).body().replace(missingContact, "ID"));
        assertThat(api.queryWithToken(outsider, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", note))
                .<Object>read("$.data.node")).isNull();
        var hiddenFile = download(outsider, document);
        var missingFile = download(outsider, globalId("ContactDocument", "no-such-document"));
        assertThat(hiddenFile.status()).isEqualTo(404);
        assertThat(missingFile.status()).isEqualTo(404);
        assertThat(upload(outsider, contact, "QUOTE", PDF).status()).isEqualTo(404);
    }

    @Test
    void aMergeMovesTheMergedContactsHistoryToTheSurvivorAndItsUndoingMovesItBack() {
        String school = given.newSchool("CRM merge " + UUID.randomUUID());
        String worker = member(school, "ADMISSIONS");
        String kept = createContact(worker, school, "Faure");
        String merged = createContact(worker, school, "Faure-Bis");
        Fixtures.assertSucceeded(logCall(worker, merged, Instant.now().minus(1, ChronoUnit.HOURS)));
        Fixtures.assertSucceeded(api.queryWithToken(worker, NOTE, Map.of("contact", merged,
                "input", Map.of("text", "Doublon saisi au salon"))));

        Fixtures.assertSucceeded(api.queryWithToken(worker, """
                mutation($keep: ID!, $merge: ID!) { contactMerge(keepId: $keep, mergeId: $merge) {
                  userErrors { field code } mergedContactId } }""", Map.of("keep", kept, "merge", merged)));
        Fixtures.eventually(() -> labels(worker, kept),
                labels -> labels.containsAll(List.of("interaction.logged", "note.added")));

        Fixtures.assertSucceeded(api.queryWithToken(worker, """
                mutation($merged: ID!) { contactMergeUndo(mergedContactId: $merged) { userErrors { field code } } }""",
                Map.of("merged", merged)));
        Fixtures.eventually(() -> labels(worker, kept), labels -> !labels.contains("interaction.logged"));
        assertThat(labels(worker, kept)).doesNotContain("note.added");
        assertThat(labels(worker, merged)).contains("interaction.logged", "note.added");
    }

    private String createContact(String token, String school, String family) {
        return Fixtures.assertSucceeded(api.queryWithToken(token, CrmContactsTest.CREATE, Map.of("school", school,
                "input", CrmContactsTest.person(family, family.toLowerCase() + "." + UUID.randomUUID()
                        + "@example.test", null)))).read("$.data.contactCreate.contact.id");
    }

    private List<String> labels(String token, String contactId) {
        return api.queryWithToken(token, TIMELINE, Map.of("contact", contactId, "first", 50))
                .read("$.data.contactTimeline.edges[*].node.label");
    }

    @Test
    void brunoFindsCallsAndNotesOnMecaFormationsDemoContacts() {
        List<String> firstContacts = api.query("school-admin-b", CrmContactsTest.CONTACTS, Map.of("school", SCHOOL_B,
                "first", 3)).read("$.data.node.contacts.edges[*].node.id");
        assertThat(firstContacts).isNotEmpty();
        List<String> labels = Fixtures.eventually(() -> firstContacts.stream().flatMap(id -> api.query(
                "school-admin-b", TIMELINE, Map.of("contact", id, "first", 20))
                .<List<String>>read("$.data.contactTimeline.edges[*].node.label").stream()).toList(),
                found -> found.contains("interaction.logged") && found.contains("note.added"));
        assertThat(labels).contains("interaction.logged", "note.added");
    }
}
