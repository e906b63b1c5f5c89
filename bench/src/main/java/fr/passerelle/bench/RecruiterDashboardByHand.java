package fr.passerelle.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import fr.passerelle.bench.harness.GlobalIds;
import fr.passerelle.internship.model.Candidate;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.model.Scored;
import fr.passerelle.internship.port.in.MatchUseCases;
import fr.passerelle.learner.model.SkillCatalog;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.membership.port.in.MembershipUseCases;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.MoneyFormat;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.core.JsonGenerator;

/**
 * B7's baseline of {@code recruiter-dashboard.graphql}: the company, its published offers, under each its first
 * applications (one aggregation for the page, then one read each of their learners, offers and schools) and its best
 * ranked candidates. The ranking is the domain's own service called directly (the application calls it once per
 * offer): a score is a domain rule with its reasons, which the baseline reuses rather than copies; the rest is
 * read and written by hand.
 */
final class RecruiterDashboardByHand extends ScreenByHand {

    private static final int OFFERS = 20;
    private static final int APPLICATIONS = 20;
    private static final int CANDIDATES = 5;
    private static final String ID = "_id";
    private static final String ITEMS = "items";

    private final MongoCollection<Document> companies;
    private final MongoCollection<Document> offers;
    private final MongoCollection<Document> applications;
    private final MongoCollection<Document> learners;
    private final MongoCollection<Document> schools;
    private final MatchUseCases matches;
    private final Clock clock;

    RecruiterDashboardByHand(MongoOperations mongo, MembershipUseCases memberships, MatchUseCases matches,
                             Clock clock) {
        super(mongo, memberships);
        this.companies = mongo.getCollection("companies");
        this.offers = mongo.getCollection("internship_offers");
        this.applications = mongo.getCollection("applications");
        this.learners = mongo.getCollection("learners");
        this.schools = mongo.getCollection("schools");
        this.matches = matches;
        this.clock = clock;
    }

    @Override
    void writeMemberships(JsonGenerator json, Actor actor) {
        List<String> companyIds = actor.memberships().stream()
                .filter(m -> m.tenant().type() == TenantType.COMPANY).map(m -> m.tenant().id()).distinct().toList();
        Map<String, Document> companiesById = byId(companies.find(in(ID, companyIds)));
        Map<String, List<Document>> offersByCompany = new HashMap<>();
        for (String companyId : companyIds) {
            offersByCompany.put(companyId, offers.find(and(eq("companyId", companyId), and(eq("status",
                            "PUBLISHED"), gte("terms.startDate", PlatformCalendar.today(clock).toString()))))
                    .sort(Sorts.descending("listedAt", ID)).limit(OFFERS + 1).into(new ArrayList<>()));
        }
        List<Document> listed = offersByCompany.values().stream().flatMap(page -> firstOf(page, OFFERS).stream())
                .toList();
        Map<String, Page<Scored<Candidate>>> ranked = new HashMap<>();
        listed.forEach(offer -> ranked.put(offer.getString(ID), matches.candidatesFor(actor, offer.getString(ID),
                Paging.first(CANDIDATES, null))));
        Applicants applicants = applicants(actor, companyIds, listed);
        for (Membership membership : actor.memberships()) {
            json.writeStartObject();
            writeMembershipHead(json, membership);
            json.writeName("company");
            Document company = membership.tenant().type() == TenantType.COMPANY
                    ? companiesById.get(membership.tenant().id()) : null;
            if (company == null) {
                json.writeNull();
            } else {
                writeCompany(json, company, offersByCompany.get(company.getString(ID)), applicants, ranked);
            }
            json.writeEndObject();
        }
    }

    /** Every listed offer's first applications, with what the page shows of them: their learners and schools. */
    private record Applicants(Map<String, List<Document>> byOffer, Map<String, Document> learners,
                              Map<String, Document> schools) {
    }

    private Applicants applicants(Actor actor, List<String> companyIds, List<Document> listed) {
        if (listed.isEmpty()) {
            return new Applicants(Map.of(), Map.of(), Map.of());
        }
        Map<String, List<Document>> byOffer = new HashMap<>();
        applications.aggregate(List.of(
                Aggregates.match(and(in("offerId", listed.stream().map(offer -> offer.getString(ID)).toList()),
                        and(or(eq("learnerSubject", actor.subject()), in("companyId", companyIds))))),
                Aggregates.project(Projections.exclude("outbox")),
                Aggregates.sort(Sorts.descending("createdAt", ID)),
                Aggregates.group("$offerId", Accumulators.push(ITEMS, "$$ROOT")),
                Aggregates.project(Projections.computed(ITEMS,
                        new Document("$slice", List.of("$" + ITEMS, APPLICATIONS + 1))))))
                .forEach(group -> byOffer.put(group.getString(ID), group.getList(ITEMS, Document.class)));
        Set<String> learnerIds = new LinkedHashSet<>();
        Set<String> offerIds = new LinkedHashSet<>();
        byOffer.values().forEach(page -> firstOf(page, APPLICATIONS).forEach(application -> {
            learnerIds.add(application.getString("learnerId"));
            offerIds.add(application.getString("offerId"));
        }));
        Map<String, Document> learnersById = byId(learners.find(in(ID, learnerIds)));
        // The application reads the applications' offers again, for the parts an applicant's status lets it serve.
        offers.find(in(ID, offerIds)).into(new ArrayList<>());
        Set<String> schoolIds = new LinkedHashSet<>();
        learnersById.values().forEach(learner -> schoolIds.add(learner.get("academic", Document.class)
                .getString("schoolId")));
        return new Applicants(byOffer, learnersById, byId(schools.find(in(ID, schoolIds))));
    }

    private static void writeCompany(JsonGenerator json, Document company, List<Document> read,
                                     Applicants applicants, Map<String, Page<Scored<Candidate>>> ranked) {
        Document vetting = company.get("vetting", Document.class);
        String status = vetting.getString("status");
        json.writeStartObject();
        json.writeStringProperty("id", GlobalIds.of("Company", company.getString(ID)));
        json.writeStringProperty("legalName", company.get("profile", Document.class).getString("legalName"));
        json.writeName("vetting");
        json.writeStartObject();
        json.writeStringProperty("status", status);
        json.writeEndObject();
        // The domain's rule (Company.canPublishToLearners): only a verified company publishes.
        json.writeBooleanProperty("canPublishOffers", "VERIFIED".equals(status));
        List<Document> page = firstOf(read, OFFERS);
        json.writeName("offers");
        json.writeStartObject();
        json.writeName("edges");
        json.writeStartArray();
        for (Document offer : page) {
            json.writeStartObject();
            json.writeName("node");
            writeOffer(json, offer, applicants, ranked.get(offer.getString(ID)));
            json.writeEndObject();
        }
        json.writeEndArray();
        Document last = page.isEmpty() ? null : page.get(page.size() - 1);
        writePageInfo(json, read.size() > OFFERS, last == null ? null
                : cursor("PUBLISHED_AT_DESC", last.getString(ID), last.get("listedAt", Date.class).toInstant()));
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeOffer(JsonGenerator json, Document offer, Applicants applicants,
                                   Page<Scored<Candidate>> ranked) {
        Document terms = offer.get("terms", Document.class);
        int positions = terms.getInteger("positions");
        json.writeStartObject();
        json.writeStringProperty("id", GlobalIds.of("InternshipOffer", offer.getString(ID)));
        json.writeStringProperty("title", terms.getString("title"));
        json.writeStringProperty("status", offer.getString("status"));
        json.writeStringProperty("startDate", terms.getString("startDate"));
        json.writeNumberProperty("positions", positions);
        json.writeNumberProperty("positionsLeft", positions - offer.getList("acceptedApplicationIds",
                String.class, List.of()).size());
        json.writeStringProperty("publishedAt", instant(offer, "publishedAt"));
        writeStipend(json, terms.get("monthlyStipend", Document.class));
        List<Document> read = applicants.byOffer().getOrDefault(offer.getString(ID), List.of());
        List<Document> page = firstOf(read, APPLICATIONS);
        json.writeName("applications");
        json.writeStartObject();
        json.writeName("edges");
        json.writeStartArray();
        for (Document application : page) {
            writeApplication(json, application, applicants);
        }
        json.writeEndArray();
        Document last = page.isEmpty() ? null : page.get(page.size() - 1);
        writePageInfo(json, read.size() > APPLICATIONS, last == null ? null
                : cursor("CREATED_AT_DESC", last.getString(ID), last.get("createdAt", Date.class).toInstant()));
        json.writeEndObject();
        writeRanked(json, ranked);
        json.writeEndObject();
    }

    /** Formatted in French, the language of a reader who chose none. */
    private static void writeStipend(JsonGenerator json, Document stipend) {
        json.writeName("monthlyStipendAmount");
        if (stipend == null) {
            json.writeNull();
            return;
        }
        Money money = new Money(((Number) stipend.get("amountInMinorUnits")).longValue(),
                Currency.getInstance(stipend.getString("currency")));
        json.writeStartObject();
        json.writeNumberProperty("amount", money.amountInMinorUnits());
        json.writeStringProperty("currency", money.currency().getCurrencyCode());
        json.writeStringProperty("formatted", MoneyFormat.format(money, Language.DEFAULT));
        json.writeEndObject();
    }

    private static void writeApplication(JsonGenerator json, Document application, Applicants applicants) {
        if (application.get("interview") != null) {
            throw unwritten("interviews");
        }
        // Stored as a set; the application lists them in the parts' declared order.
        List<String> shared = application.getList("sharedParts", String.class, List.of()).stream()
                .map(ProfilePart::valueOf).sorted().map(ProfilePart::name).toList();
        json.writeStartObject();
        json.writeName("node");
        json.writeStartObject();
        json.writeStringProperty("id", GlobalIds.of("Application", application.getString(ID)));
        json.writeStringProperty("status", application.getString("status"));
        json.writeStringProperty("createdAt", instant(application, "createdAt"));
        json.writeName("sharedParts");
        json.writeStartArray();
        shared.forEach(json::writeString);
        json.writeEndArray();
        writeApplicant(json, applicants.learners().get(application.getString("learnerId")), shared, applicants);
        json.writeNullProperty("interview");
        json.writeEndObject();
        json.writeEndObject();
    }

    /** What the learner chose to share with the company (SharedProfile): the name always, each part if shared. */
    private static void writeApplicant(JsonGenerator json, Document learner, List<String> shared,
                                       Applicants applicants) {
        json.writeName("applicant");
        if (learner == null) {
            json.writeNull();
            return;
        }
        if (!shared.contains(ProfilePart.ACADEMIC.name())) {
            throw unwritten("applicants who keep their academic part to themselves");
        }
        Document identity = learner.get("identity", Document.class);
        Document academic = learner.get("academic", Document.class);
        boolean contact = shared.contains(ProfilePart.CONTACT.name());
        json.writeStartObject();
        json.writeStringProperty("firstName", identity.getString("firstName"));
        json.writeStringProperty("lastName", identity.getString("lastName"));
        json.writeStringProperty("email", contact ? identity.getString("email") : null);
        json.writeStringProperty("phone", contact ? identity.getString("phone") : null);
        json.writeName("academic");
        json.writeStartObject();
        json.writeName("schoolCard");
        Document school = applicants.schools().get(academic.getString("schoolId"));
        if (school == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringProperty("id", GlobalIds.of("School", school.getString(ID)));
            json.writeStringProperty("name", school.get("profile", Document.class).getString("name"));
            json.writeEndObject();
        }
        json.writeStringProperty("programCode", academic.getString("programCode"));
        json.writeNumberProperty("graduationYear", academic.getInteger("graduationYear"));
        json.writeEndObject();
        json.writeName("skills");
        json.writeStartArray();
        if (shared.contains(ProfilePart.SKILLS.name())) {
            for (Document skill : learner.getList("skills", Document.class, List.of())) {
                json.writeStartObject();
                json.writeStringProperty("code", skill.getString("code"));
                json.writeStringProperty("label", SkillCatalog.find(skill.getString("code"))
                        .map(SkillCatalog.Skill::label).orElse(null));
                json.writeStringProperty("level", skill.getString("level"));
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A recruiter reads applicants, never learners' profiles: each candidate's learner is null to them. */
    private static void writeRanked(JsonGenerator json, Page<Scored<Candidate>> ranked) {
        json.writeName("rankedCandidates");
        json.writeStartObject();
        json.writeName("edges");
        json.writeStartArray();
        for (Scored<Candidate> scored : ranked.items()) {
            json.writeStartObject();
            json.writeName("node");
            json.writeStartObject();
            json.writeName("match");
            json.writeStartObject();
            json.writeNumberProperty("score", scored.match().score());
            json.writeEndObject();
            json.writeNullProperty("learner");
            json.writeName("application");
            var application = scored.item().application();
            if (application == null) {
                json.writeNull();
            } else {
                json.writeStartObject();
                json.writeStringProperty("id", GlobalIds.of("Application", application.id()));
                json.writeStringProperty("status", application.status().name());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        List<Keyset> keys = ranked.keys();
        Keyset last = keys.isEmpty() ? null : keys.get(keys.size() - 1);
        writePageInfo(json, ranked.hasNextPage(), last == null ? null
                : cursor("SCORE", last.id(), last.sortValue()));
        json.writeEndObject();
    }
}
