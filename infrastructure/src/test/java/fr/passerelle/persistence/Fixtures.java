package fr.passerelle.persistence;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.model.Party;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.SignedDocument;
import fr.passerelle.agreement.model.SigningCircuit;
import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.WeekPattern;
import fr.passerelle.agreement.rules.WeeklySchedule;
import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.CompanyProfile;
import fr.passerelle.company.model.Siret;
import fr.passerelle.company.model.Site;
import fr.passerelle.company.model.Vetting;
import fr.passerelle.company.model.VettingStatus;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Aggregates for the persistence tests. Instants carry milliseconds, the precision MongoDB stores, so a round trip
 * must give back exactly what was written.
 */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-01-01T10:00:00.123Z");

    private static final AtomicInteger EVENTS = new AtomicInteger();

    private Fixtures() {
    }

    /** A distinct event to accompany a write (the contract tests are about the aggregate, not its event). */
    public static DomainEvent event() {
        return new DomainEvent("event-" + EVENTS.incrementAndGet(), "test.changed", "Test", "test-1", 0,
                Initiator.system(), T0, List.of("field"), Map.of());
    }

    /** An event of the given aggregate, at the given time (the relay and job tests follow events end to end). */
    public static DomainEvent event(String id, String type, String aggregateType, String aggregateId, long version,
                                    Initiator by, Instant occurredAt) {
        return new DomainEvent(id, type, aggregateType, aggregateId, version, by, occurredAt, List.of("field"),
                Map.of());
    }

    /** Someone acting as a member of the organisation ({@code school:<id>}), through the web client. */
    public static Initiator memberOf(String organisation, String subject) {
        return new Initiator(subject, Set.of("USER"), organisation, null, "passerelle-web");
    }

    /** A platform administrator serving an organisation they are not a member of. */
    public static Initiator platformAdminFor(String organisation) {
        return new Initiator("sub-platform-admin", Set.of("PLATFORM_ADMIN", "ADVISOR"), null, organisation,
                "passerelle-admin");
    }

    /** A school with every field set, nested values and lists included. */
    public static School fullSchool(String id, String name) {
        var profile = new SchoolProfile(name, SchoolKind.SOUND,
                new Address("12 rue des Lilas", "75011", "Paris", "FR", new GeoPoint(48.856614, 2.3522219)),
                WebAddress.of("https://son.example.fr/ecole?lang=fr"), EmailAddress.of("contact@son.example.fr"),
                "Formations aux métiers du son.");
        var programs = List.of(new Program("BTS-AV", "BTS Audiovisuel option son", "BTS", 24),
                new Program("MASTER-SON", "Master ingénierie du son", "Master", 24),
                new Program("ATELIER", "Atelier d'initiation", null, null));
        return new School(id, profile, PartnershipTier.PREMIUM, programs, "sub-school-admin", T0,
                T0.plusMillis(61_001), 0);
    }

    /** A school with only what the domain requires. */
    public static School minimalSchool(String id, String name) {
        return school(id, name, SchoolKind.GENERAL, PartnershipTier.DISCOVERY, T0);
    }

    public static School school(String id, String name, SchoolKind kind, PartnershipTier tier, Instant createdAt) {
        var profile = new SchoolProfile(name, kind, null, null, null, null);
        return new School(id, profile, tier, List.of(), "sub-creator", createdAt, createdAt, 0);
    }

    /** A company with every field set: sites with coordinates, a decided vetting. */
    public static Company fullCompany(String id, String legalName, Siret siret) {
        var profile = new CompanyProfile(legalName, "Dupont Auto", siret, CompanyKind.INDEPENDENT_GARAGE,
                WebAddress.of("https://dupont-auto.example.com"), "Garage indépendant, toutes marques.");
        var sites = List.of(
                new Site("site-1", "Atelier principal",
                        new Address("3 avenue de la Gare", "69003", "Lyon", "FR", new GeoPoint(45.7597, 4.8422))),
                new Site("site-2", "Carrosserie",
                        new Address(null, "69100", "Villeurbanne", "FR", new GeoPoint(45.7719, 4.8902))));
        var vetting = new Vetting(VettingStatus.REJECTED, "SIRET inconnu de l'INSEE", "sub-advisor",
                T0.plusMillis(3_600_007));
        return new Company(id, profile, sites, vetting, null, "sub-recruiter", T0, T0.plusMillis(3_600_007), 0);
    }

    public static Company company(String id, String legalName, String tradeName, Siret siret, VettingStatus status) {
        var profile = new CompanyProfile(legalName, tradeName, siret, CompanyKind.OTHER, null, null);
        var vetting = status == VettingStatus.PENDING
                ? Vetting.PENDING
                : new Vetting(status, "décidé", "sub-advisor", T0.plusMillis(1));
        return new Company(id, profile, List.of(), vetting, null, "sub-recruiter", T0, T0, 0);
    }

    /**
     * A signed agreement of the school, as small as the model allows: the intern (Léa Martin) signs alone; the tutor
     * (Marc Petit) has an e-mail, for the evaluation links.
     */
    public static Agreement signedAgreement(String id, String schoolId, LocalDate start, LocalDate end) {
        Party tutor = new Party("Marc Petit", "marc.petit@atelier.example", "Chef d'atelier");
        Party other = new Party("Nadia Benali", null, null);
        AgreementTerms terms = new AgreementTerms(InternshipPeriod.inFrance(start, end,
                WeeklySchedule.regular(WeekPattern.FULL_TIME)), "Studio", List.of(), false, false, null, null, null,
                null, null, null, null, List.of("Lyon"));
        SigningCircuit circuit = new SigningCircuit(List.of(new SigningCircuit.Step(List.of(
                new Signatory("learner", SignatoryRole.LEARNER, "Léa Martin", null, "sub-lea", null)))));
        return new Agreement(id, null, "learner-1", "sub-lea", schoolId, null, new Parties(
                new Party("Léa Martin", null, null), null, new Party("Atelier du Son", null, null), null, null,
                tutor, new Party("Lycée Lumière", null, null), other, other), terms, AgreementStatus.SIGNED,
                SignedDocument.unsent(circuit), List.of(), null, null, null, "sub-teacher", T0, T0, 0);
    }

    public static Membership active(String id, Tenant tenant, String email, String subject) {
        return new Membership(id, tenant, roleFor(tenant), EmailAddress.of(email), subject, MembershipStatus.ACTIVE,
                "sub-inviter", T0, T0.plusMillis(86_400_009), 0);
    }

    public static Membership invited(String id, Tenant tenant, String email) {
        return Membership.invite(id, tenant, roleFor(tenant), EmailAddress.of(email), "sub-inviter", T0);
    }

    /** An active member who manages the organisation (school admin, recruiter). */
    public static Membership manager(String id, Tenant tenant, String email, String subject) {
        MembershipRole role = switch (tenant.type()) {
            case SCHOOL -> MembershipRole.SCHOOL_ADMIN;
            case COMPANY -> MembershipRole.RECRUITER;
        };
        return new Membership(id, tenant, role, EmailAddress.of(email), subject, MembershipStatus.ACTIVE,
                "sub-inviter", T0, T0.plusMillis(1), 0);
    }

    private static MembershipRole roleFor(Tenant tenant) {
        return switch (tenant.type()) {
            case SCHOOL -> MembershipRole.SCHOOL_STAFF;
            case COMPANY -> MembershipRole.TUTOR;
        };
    }

    /**
     * A valid SIRET: the 13 given digits plus the Luhn check digit. The prefix must not be La Poste's SIREN, which
     * follows another rule.
     */
    public static Siret siret(String thirteenDigits) {
        for (int check = 0; check <= 9; check++) {
            String candidate = thirteenDigits + check;
            if (luhnSum(candidate) % 10 == 0) {
                return new Siret(candidate);
            }
        }
        throw new IllegalArgumentException("no check digit for " + thirteenDigits);
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum;
    }
}
