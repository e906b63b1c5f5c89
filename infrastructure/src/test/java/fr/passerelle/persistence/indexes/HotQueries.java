package fr.passerelle.persistence.indexes;

import fr.passerelle.agreement.model.AgreementScope;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.audit.model.AuditFilter;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.catalog.model.ProgrammeState;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.crm.model.ContactQuery;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.LifecycleStage;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.enrollment.port.out.ContactEnrollments;
import fr.passerelle.internship.model.ApplicationOrderField;
import fr.passerelle.internship.model.ApplicationScope;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.MatchPrefilter;
import fr.passerelle.internship.model.OfferFilter;
import fr.passerelle.internship.model.OfferOrderField;
import fr.passerelle.internship.model.OfferScope;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.job.persistence.JobHotQueries;
import fr.passerelle.learner.model.LearnerFilter;
import fr.passerelle.learner.model.LearnerOrderField;
import fr.passerelle.learner.model.LearnerStatus;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.notification.port.out.Notifications;
import fr.passerelle.shared.model.GeoBox;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/**
 * Every query a hot path sends, in one place: the index proof ({@code MongoContainerIndexProofTest}) calls each
 * entry's adapter method, records the commands it sends and asserts from MongoDB's {@code explain} that each is an
 * index scan, sorts nothing in memory and examines no more documents than it returns plus the entry's bound.
 *
 * <p><b>A feature with a list, a page, a count or a background query adds its entries here</b>: one per query shape
 * (each filter, each order, the first page and a page at depth), calling the port as the application does.
 */
public final class HotQueries {

    /**
     * @param extraDocuments how many more documents than it returns a query may examine: the keyset read's one
     *                       extra plus what an index cannot narrow (say so in the name)
     * @param send           calls the application's adapter, which sends the query
     */
    public record HotQuery(String name, long extraDocuments, Consumer<ApplicationContext> send) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final long KEYSET_EXTRA = 2;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final String SCHOOL = "school-1";
    private static final String COMPANY = "company-1";
    private static final int PAGE = 20;

    private HotQueries() {
    }

    public static List<HotQuery> all() {
        List<HotQuery> all = new ArrayList<>();
        board(all);
        rosters(all);
        applications(all);
        agreements(all);
        notifications(all);
        audit(all);
        crm(all);
        catalogue(all);
        all.add(new HotQuery("jobs: claiming the most overdue job", KEYSET_EXTRA, JobHotQueries::claim));
        all.add(new HotQuery("outbox relay: pending events of every collection", KEYSET_EXTRA,
                JobHotQueries::relay));
        return List.copyOf(all);
    }

    /** The board in each order and direction, first page and at depth; a company's roster of offers; matching. */
    private static void board(List<HotQuery> all) {
        Map<OfferOrderField, Object> depth = Map.of(OfferOrderField.PUBLISHED_AT, NOW,
                OfferOrderField.START_DATE, TODAY.plusMonths(2).toString(), OfferOrderField.STIPEND, 60_000L);
        for (OfferOrderField field : OfferOrderField.values()) {
            for (boolean ascending : List.of(true, false)) {
                for (Paging paging : List.of(Paging.first(PAGE, null),
                        Paging.first(PAGE, new Keyset(depth.get(field), "offer-500")))) {
                    String name = "board by " + field + (ascending ? " ascending" : " descending")
                            + (paging.after() == null ? ", first page" : ", at depth");
                    all.add(new HotQuery(name, KEYSET_EXTRA, port(InternshipOffers.class, offers -> offers.search(
                            OfferFilter.NONE, OfferScope.board(TODAY), new Sort<>(field, ascending), paging))));
                    all.add(new HotQuery("company offers by " + name.substring("board by ".length()), KEYSET_EXTRA,
                            port(InternshipOffers.class, offers -> offers.search(OfferFilter.NONE,
                                    OfferScope.company(COMPANY, EnumSet.allOf(OfferStatus.class), TODAY, false),
                                    new Sort<>(field, ascending), paging))));
                }
            }
        }
        all.add(new HotQuery("matching prefilter around a home base", KEYSET_EXTRA, port(InternshipOffers.class,
                offers -> offers.matchCandidates(new MatchPrefilter(TODAY,
                        GeoBox.around(new GeoPoint(45.764, 4.8357), 60), SCHOOL, Set.of()), 5_000))));
    }

    /** A school's roster of learners with each filter, in each order. */
    private static void rosters(List<HotQuery> all) {
        Map<String, LearnerFilter> filters = Map.of(
                "no filter", LearnerFilter.NONE,
                "program", new LearnerFilter("CAP-MV", null, List.of(), null, null, null, null),
                "graduation year", new LearnerFilter(null, 2027, List.of(), null, null, null, null),
                "skills", new LearnerFilter(null, null, List.of("auto-diagnostic"), null, null, null, null),
                "readiness", new LearnerFilter(null, null, List.of(), 40, 80, null, null),
                "status", new LearnerFilter(null, null, List.of(), null, null, LearnerStatus.IN_TRAINING, null),
                "name", new LearnerFilter(null, null, List.of(), null, null, null, "mart"));
        filters.forEach((filterName, filter) -> {
            for (LearnerOrderField field : LearnerOrderField.values()) {
                all.add(new HotQuery("roster, " + filterName + ", by " + field, KEYSET_EXTRA, port(Learners.class,
                        learners -> learners.search(filter, Set.of(SCHOOL), new Sort<>(field, true),
                                Paging.first(PAGE, null)))));
            }
        });
    }

    private static void applications(List<HotQuery> all) {
        ApplicationScope ofCompany = new ApplicationScope(null, null, Set.of(),
                new ApplicationScope.Visibility(null, Set.of(COMPANY), Set.of()));
        all.add(new HotQuery("applications of an offer, newest first", KEYSET_EXTRA, port(Applications.class,
                applications -> applications.search(ofCompany.forOffer("offer-1"),
                        new Sort<>(ApplicationOrderField.CREATED_AT, false), Paging.first(PAGE, null)))));
        all.add(new HotQuery("first applications of a page of offers (one aggregation)", KEYSET_EXTRA,
                port(Applications.class, applications -> applications.firstPagesByOffer(
                        List.of("offer-1", "offer-2", "offer-3"), ofCompany, 10))));
        all.add(new HotQuery("open applications of an offer (ranked candidates)", KEYSET_EXTRA,
                port(Applications.class, applications -> applications.findByOffer("offer-1",
                        ApplicationStatus.open(), 5_000))));
    }

    /** Agreements per party: each clause of a reader's visibility alone, and all together. */
    private static void agreements(List<HotQuery> all) {
        Map<String, AgreementScope.Visibility> parties = Map.of(
                "the intern", new AgreementScope.Visibility("sub-intern", null, Set.of(), Set.of()),
                "a school", new AgreementScope.Visibility(null, null, Set.of(SCHOOL), Set.of()),
                "a company", new AgreementScope.Visibility(null, null, Set.of(), Set.of(COMPANY)),
                "a signatory", new AgreementScope.Visibility(null, "tutor@example.org", Set.of(), Set.of()),
                "every party at once", new AgreementScope.Visibility("sub-intern", "tutor@example.org",
                        Set.of(SCHOOL), Set.of(COMPANY)));
        parties.forEach((party, visibility) -> all.add(new HotQuery("agreements of " + party, KEYSET_EXTRA,
                port(Agreements.class, agreements -> agreements.search(new AgreementScope(
                        EnumSet.allOf(AgreementStatus.class), null, visibility), Paging.first(PAGE, null))))));
    }

    private static void notifications(List<HotQuery> all) {
        for (boolean unreadOnly : List.of(false, true)) {
            all.add(new HotQuery("notifications" + (unreadOnly ? ", unread only" : ""), KEYSET_EXTRA,
                    port(Notifications.class, notifications -> notifications.page("sub-1", unreadOnly,
                            Paging.first(PAGE, null)))));
        }
    }

    private static void audit(List<HotQuery> all) {
        Map<String, AuditFilter> filters = Map.of(
                "everything", new AuditFilter(null, null, null, null, null, null, null),
                "an aggregate", AuditFilter.ofAggregate("Agreement", "agreement-1"),
                "a person", new AuditFilter(null, null, "sub-1", null, null, null, null),
                "an organisation", new AuditFilter(null, null, null, null, "school:" + SCHOOL, null, null),
                "an action", new AuditFilter(null, null, null, "agreement.signed", null, null, null));
        filters.forEach((name, filter) -> all.add(new HotQuery("audit trail of " + name, KEYSET_EXTRA,
                port(AuditTrail.class, trail -> trail.search(filter, Paging.first(PAGE, null))))));
    }

    /** A school's contacts, a page and a segment's count, without and with the usual criteria. */
    private static void crm(List<HotQuery> all) {
        Map<String, ContactQuery> queries = Map.of(
                "every contact", ContactQuery.ALL,
                "prospects in consideration", new ContactQuery(Set.of(ContactRole.PROSPECT), null,
                        Set.of(LifecycleStage.CONSIDERATION), Set.of(), Set.of(), Set.of(), Set.of(), null, null,
                        Set.of(), null, null));
        queries.forEach((name, query) -> {
            all.add(new HotQuery("CRM contacts page, " + name, KEYSET_EXTRA, port(Contacts.class,
                    contacts -> contacts.page(SCHOOL, query, Paging.first(PAGE, null)))));
            all.add(new HotQuery("CRM segment count, " + name, KEYSET_EXTRA, port(Contacts.class,
                    contacts -> contacts.count(SCHOOL, query))));
        });
    }

    /** The public catalogue's page of programmes and their open sessions; a programme's sessions for its school. */
    private static void catalogue(List<HotQuery> all) {
        all.add(new HotQuery("public catalogue programmes", KEYSET_EXTRA, port(Programmes.class,
                programmes -> programmes.page(SCHOOL, Set.of(ProgrammeState.PUBLISHED), Paging.first(PAGE, null)))));
        all.add(new HotQuery("public catalogue open sessions", KEYSET_EXTRA, port(Sessions.class,
                sessions -> sessions.openByProgramme(List.of("programme-1", "programme-2", "programme-3"), PAGE))));
        all.add(new HotQuery("sessions of a programme", KEYSET_EXTRA, port(Sessions.class,
                sessions -> sessions.page("programme-1", Paging.first(PAGE, null)))));
        all.add(new HotQuery("contact merges: sessions a contact holds places in", KEYSET_EXTRA, port(Sessions.class,
                sessions -> sessions.findHolding(SCHOOL, "contact-1", PAGE))));
        all.add(new HotQuery("contact merges: a contact's enrollments", KEYSET_EXTRA, port(ContactEnrollments.class,
                enrollments -> enrollments.findByContact(SCHOOL, "contact-1", null, PAGE))));
    }

    private static <P> Consumer<ApplicationContext> port(Class<P> type, Function<P, ?> call) {
        return context -> call.apply(context.getBean(type));
    }
}
