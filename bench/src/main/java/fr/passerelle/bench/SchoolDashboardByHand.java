package fr.passerelle.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import fr.passerelle.bench.harness.GlobalIds;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.membership.port.in.MembershipUseCases;
import fr.passerelle.school.model.PartnershipBenefit;
import fr.passerelle.school.model.PartnershipTier;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.core.JsonGenerator;

/**
 * B7's baseline of {@code school-dashboard.graphql}: the school's profile, staff, learners (each with their latest
 * applications and those applications' offers and companies), its accepted applications, and the agreements the
 * caller may read — through the reads the application makes for it (one per learner for their applications, as the
 * application does today), written field for field in the document's order.
 */
final class SchoolDashboardByHand extends ScreenByHand {

    private static final int MEMBERS = 20;
    private static final int LEARNERS = 50;
    private static final int LEARNER_APPLICATIONS = 5;
    private static final int ACCEPTED = 20;
    private static final int AGREEMENTS = 20;
    private static final String ID = "_id";

    private final MongoCollection<Document> schools;
    private final MongoCollection<Document> memberships;
    private final MongoCollection<Document> learners;
    private final MongoCollection<Document> applications;
    private final MongoCollection<Document> offers;
    private final MongoCollection<Document> companies;
    private final MongoCollection<Document> agreements;
    private final MongoCollection<Document> followUps;

    SchoolDashboardByHand(MongoOperations mongo, MembershipUseCases membershipUseCases) {
        super(mongo, membershipUseCases);
        this.schools = mongo.getCollection("schools");
        this.memberships = mongo.getCollection("memberships");
        this.learners = mongo.getCollection("learners");
        this.applications = mongo.getCollection("applications");
        this.offers = mongo.getCollection("internship_offers");
        this.companies = mongo.getCollection("companies");
        this.agreements = mongo.getCollection("agreements");
        this.followUps = mongo.getCollection("internship_followups");
    }

    @Override
    void writeMemberships(JsonGenerator json, Actor actor) {
        List<String> schoolIds = schoolIds(actor);
        Map<String, Document> schoolsById = byId(schools.find(in(ID, schoolIds)));
        Map<String, School> pages = new HashMap<>();
        Set<String> offerIds = new LinkedHashSet<>();
        for (String schoolId : schoolIds) {
            School school = read(actor, schoolId, schoolIds);
            school.learnerApplications().values().forEach(list -> list.forEach(a -> offerIds.add(
                    a.getString("offerId"))));
            school.accepted().forEach(a -> offerIds.add(a.getString("offerId")));
            pages.put(schoolId, school);
        }
        Map<String, Document> offersById = offerIds.isEmpty() ? Map.of() : byId(offers.find(in(ID, offerIds)));
        Set<String> companyIds = new LinkedHashSet<>();
        offersById.values().forEach(offer -> companyIds.add(offer.getString("companyId")));
        Map<String, Document> companiesById = companyIds.isEmpty() ? Map.of()
                : byId(companies.find(in(ID, companyIds)));
        for (Membership membership : actor.memberships()) {
            json.writeStartObject();
            writeMembershipHead(json, membership);
            json.writeStringProperty("status", membership.status().name());
            json.writeName("school");
            Document school = membership.tenant().type() == TenantType.SCHOOL
                    ? schoolsById.get(membership.tenant().id()) : null;
            if (school == null) {
                json.writeNull();
            } else {
                writeSchool(json, school, pages.get(school.getString(ID)), offersById, companiesById);
            }
            json.writeEndObject();
        }
    }

    /** The schools whose data the actor reads as their staff. */
    private static List<String> schoolIds(Actor actor) {
        return actor.memberships().stream().filter(m -> m.tenant().type() == TenantType.SCHOOL)
                .map(m -> m.tenant().id()).distinct().toList();
    }

    /** A school's pages, read before any is written: the offers of all their applications are read at once. */
    private record School(List<Document> members, List<Document> learners,
                          Map<String, List<Document>> learnerApplications, List<Document> accepted) {
    }

    private School read(Actor actor, String schoolId, List<String> readable) {
        List<Document> members = memberships.find(and(eq("tenant.type", "SCHOOL"), eq("tenant._id", schoolId)))
                .sort(Sorts.ascending("email", ID)).limit(MEMBERS + 1).into(new ArrayList<>());
        List<Document> roster = learners.find(and(eq("detachment.mergedInto", null),
                        in("academic.schoolId", List.of(schoolId))))
                .sort(Sorts.ascending("nameKey", ID)).limit(LEARNERS + 1).into(new ArrayList<>());
        Bson mayRead = or(eq("learnerSubject", actor.subject()), in("schoolId", readable));
        Map<String, List<Document>> byLearner = new HashMap<>();
        for (Document learner : firstOf(roster, LEARNERS)) {
            String learnerId = learner.getString(ID);
            byLearner.put(learnerId, applications.find(and(eq("learnerId", learnerId), mayRead))
                    .sort(Sorts.descending("createdAt", ID)).limit(LEARNER_APPLICATIONS + 1)
                    .into(new ArrayList<>()));
        }
        List<Document> accepted = applications.find(and(eq("schoolId", schoolId), in("status", "ACCEPTED")))
                .sort(Sorts.descending("createdAt", ID)).limit(ACCEPTED + 1).into(new ArrayList<>());
        return new School(members, roster, byLearner, accepted);
    }

    private void writeSchool(JsonGenerator json, Document school, School pages, Map<String, Document> offersById,
                             Map<String, Document> companiesById) {
        Document profile = school.get("profile", Document.class);
        json.writeStartObject();
        json.writeStringProperty("id", GlobalIds.of("School", school.getString(ID)));
        json.writeStringProperty("name", profile.getString("name"));
        json.writeStringProperty("kind", profile.getString("kind"));
        writePartnership(json, school.getString("tier"));
        json.writeName("programs");
        json.writeStartArray();
        for (Document program : school.getList("programs", Document.class, List.of())) {
            json.writeStartObject();
            json.writeStringProperty("code", program.getString("code"));
            json.writeStringProperty("name", program.getString("name"));
            json.writeStringProperty("level", program.getString("level"));
            json.writeEndObject();
        }
        json.writeEndArray();
        writeMembers(json, pages.members());
        writeLearners(json, pages, offersById, companiesById);
        if (!pages.accepted().isEmpty()) {
            throw unwritten("accepted applications");
        }
        json.writeName("applications");
        json.writeStartObject();
        json.writeName("edges");
        json.writeStartArray();
        json.writeEndArray();
        writePageInfo(json, false, null);
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A tier's benefits are the domain's rule (its own and every lower tier's), in their declared order. */
    private static void writePartnership(JsonGenerator json, String tierName) {
        json.writeName("partnership");
        if (tierName == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringProperty("tier", tierName);
        json.writeName("benefits");
        json.writeStartArray();
        for (PartnershipBenefit benefit : PartnershipTier.valueOf(tierName).benefits()) {
            json.writeString(benefit.name());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeMembers(JsonGenerator json, List<Document> members) {
        json.writeName("members");
        json.writeStartObject();
        json.writeName("edges");
        json.writeStartArray();
        for (Document member : firstOf(members, MEMBERS)) {
            json.writeStartObject();
            json.writeName("node");
            json.writeStartObject();
            json.writeStringProperty("id", GlobalIds.of("Membership", member.getString(ID)));
            json.writeStringProperty("email", member.getString("email"));
            json.writeStringProperty("role", member.getString("role"));
            json.writeStringProperty("status", member.getString("status"));
            json.writeStringProperty("activatedAt", instant(member, "activatedAt"));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeLearners(JsonGenerator json, School pages, Map<String, Document> offersById,
                                      Map<String, Document> companiesById) {
        List<Document> page = firstOf(pages.learners(), LEARNERS);
        json.writeName("learners");
        json.writeStartObject();
        json.writeName("edges");
        json.writeStartArray();
        for (Document learner : page) {
            Document identity = learner.get("identity", Document.class);
            Document academic = learner.get("academic", Document.class);
            json.writeStartObject();
            json.writeName("node");
            json.writeStartObject();
            json.writeStringProperty("id", GlobalIds.of("Learner", learner.getString(ID)));
            json.writeStringProperty("firstName", identity.getString("firstName"));
            json.writeStringProperty("lastName", identity.getString("lastName"));
            json.writeStringProperty("status", learner.getString("status"));
            json.writeBooleanProperty("claimed", learner.getString("subject") != null);
            json.writeName("academic");
            json.writeStartObject();
            json.writeStringProperty("externalStudentId", academic.getString("externalStudentId"));
            json.writeStringProperty("programCode", academic.getString("programCode"));
            json.writeNumberProperty("graduationYear", academic.getInteger("graduationYear"));
            json.writeEndObject();
            // The score stored with the profile, which every save recomputes; the self-check compares it with the
            // application's, computed on the day.
            json.writeName("readiness");
            json.writeStartObject();
            json.writeNumberProperty("score", learner.getInteger("readinessScore"));
            json.writeEndObject();
            writeLearnerApplications(json, pages.learnerApplications().get(learner.getString(ID)), offersById,
                    companiesById);
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        Document last = page.isEmpty() ? null : page.get(page.size() - 1);
        writePageInfo(json, pages.learners().size() > LEARNERS, last == null ? null
                : cursor("NAME_ASC", last.getString(ID), last.getString("nameKey")));
        json.writeEndObject();
    }

    private static void writeLearnerApplications(JsonGenerator json, List<Document> read,
                                                 Map<String, Document> offersById,
                                                 Map<String, Document> companiesById) {
        json.writeName("applications");
        json.writeStartObject();
        json.writeName("edges");
        json.writeStartArray();
        for (Document application : firstOf(read, LEARNER_APPLICATIONS)) {
            json.writeStartObject();
            json.writeName("node");
            json.writeStartObject();
            json.writeStringProperty("id", GlobalIds.of("Application", application.getString(ID)));
            json.writeStringProperty("status", application.getString("status"));
            json.writeStringProperty("updatedAt", instant(application, "updatedAt"));
            json.writeName("offer");
            Document offer = offersById.get(application.getString("offerId"));
            if (offer == null) {
                json.writeNull();
            } else {
                Document terms = offer.get("terms", Document.class);
                json.writeStartObject();
                json.writeStringProperty("id", GlobalIds.of("InternshipOffer", offer.getString(ID)));
                json.writeStringProperty("title", terms.getString("title"));
                json.writeStringProperty("companyName", companyName(companiesById.get(offer.getString(
                        "companyId"))));
                json.writeStringProperty("city", terms.getString("city"));
                json.writeStringProperty("startDate", terms.getString("startDate"));
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The name a company goes by: its trade name, else its legal name. */
    private static String companyName(Document company) {
        if (company == null) {
            return null;
        }
        Document profile = company.get("profile", Document.class);
        String tradeName = profile.getString("tradeName");
        return tradeName != null ? tradeName : profile.getString("legalName");
    }

    /** The agreements the caller reads: as their learner, as staff of their school, or as a signatory. */
    @Override
    void writeRoots(JsonGenerator json, Actor actor) {
        List<Bson> mayRead = new ArrayList<>(List.of(eq("learnerSubject", actor.subject()),
                in("schoolId", schoolIds(actor))));
        if (actor.email() != null) {
            mayRead.add(eq("signatoryEmails", actor.email().value()));
        }
        List<Document> read = agreements.find(and(or(mayRead))).sort(Sorts.descending("createdAt", ID))
                .limit(AGREEMENTS + 1).into(new ArrayList<>());
        List<Document> page = firstOf(read, AGREEMENTS);
        List<String> ids = page.stream().map(agreement -> agreement.getString(ID)).toList();
        if (!ids.isEmpty()) {
            // The application's batch loaders read the page's agreements again (for their divergences) and their
            // follow-ups, one read each.
            agreements.find(in(ID, ids)).into(new ArrayList<>());
            if (followUps.find(in(ID, ids)).first() != null) {
                throw unwritten("agreements' follow-ups");
            }
        }
        json.writeName("internshipAgreements");
        json.writeStartObject();
        json.writeName("edges");
        json.writeStartArray();
        for (Document agreement : page) {
            writeAgreement(json, agreement);
        }
        json.writeEndArray();
        Document last = page.isEmpty() ? null : page.get(page.size() - 1);
        writePageInfo(json, read.size() > AGREEMENTS, last == null ? null : cursor("agreements:created-desc",
                last.getString(ID), last.get("createdAt", Date.class).toInstant()));
        json.writeEndObject();
    }

    private static void writeAgreement(JsonGenerator json, Document agreement) {
        if (!"DRAFT".equals(agreement.getString("status")) || agreement.containsKey("applicationId")
                || agreement.containsKey("offerId")) {
            throw unwritten("agreements past their draft or drawn from an accepted offer (signatures awaited, "
                    + "divergences)");
        }
        Document parties = agreement.get("parties", Document.class);
        Document period = agreement.get("terms", Document.class).get("period", Document.class);
        json.writeStartObject();
        json.writeName("node");
        json.writeStartObject();
        json.writeStringProperty("id", GlobalIds.of("InternshipAgreement", agreement.getString(ID)));
        json.writeStringProperty("status", agreement.getString("status"));
        json.writeName("parties");
        json.writeStartObject();
        writeParty(json, parties, "learner", false);
        writeParty(json, parties, "company", false);
        writeParty(json, parties, "tutor", true);
        json.writeEndObject();
        json.writeName("terms");
        json.writeStartObject();
        json.writeStringProperty("start", period.getString("start"));
        json.writeStringProperty("end", period.getString("end"));
        json.writeEndObject();
        // Divergences compare with the accepted offer an agreement came from (this one came from none); a draft
        // awaits no signature.
        json.writeName("divergences");
        json.writeStartArray();
        json.writeEndArray();
        json.writeName("signing");
        json.writeStartObject();
        json.writeName("awaiting");
        json.writeStartArray();
        json.writeEndArray();
        json.writeEndObject();
        json.writeNullProperty("followUp");
        json.writeStringProperty("updatedAt", instant(agreement, "updatedAt"));
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeParty(JsonGenerator json, Document parties, String role, boolean withEmail) {
        Document party = parties.get(role, Document.class);
        json.writeName(role);
        if (party == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringProperty("name", party.getString("name"));
        if (withEmail) {
            json.writeStringProperty("email", party.getString("email"));
        }
        json.writeEndObject();
    }
}
