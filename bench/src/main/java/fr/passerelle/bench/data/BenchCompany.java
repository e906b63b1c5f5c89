package fr.passerelle.bench.data;

import fr.passerelle.bench.harness.GlobalIds;
import fr.passerelle.bench.harness.RunningApp;
import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyEvents;
import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.CompanyProfile;
import fr.passerelle.company.model.Siret;
import fr.passerelle.company.model.Site;
import fr.passerelle.company.model.VettingStatus;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.GeoPoint;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The verified garage in Lyon that owns every seeded offer. The bench's own, rather than a demo company: the demo
 * data's offers and applications would otherwise mix into the pages measured.
 */
public final class BenchCompany {

    public static final String ID = "bench-garage";
    static final String SITE_ID = "site-atelier-bench";
    static final String CITY = "Lyon";
    static final GeoPoint SITE = new GeoPoint(45.7330, 4.8330);
    private static final String CREATOR = "system:bench";

    private BenchCompany() {
    }

    static void register(RunningApp app) {
        Instant now = app.bean(Clock.class).instant();
        Company company = Company.register(ID, new CompanyProfile("Garage du Banc d'Essai SARL", "Garage du Banc",
                        Siret.of("99900001000010"), CompanyKind.INDEPENDENT_GARAGE, null, null), CREATOR, now)
                .withSite(new Site(SITE_ID, "Atelier", new Address("1 rue du Banc", "69007", CITY, "FR", SITE)), now)
                .decide(VettingStatus.VERIFIED, "Bench data", CREATOR, now);
        app.bean(Companies.class).insert(company, app.bean(EventFactory.class)
                .created(CompanyEvents.REGISTERED, Initiator.system(), company, Map.of()));
    }

    public static String globalId() {
        return GlobalIds.of("Company", ID);
    }
}
