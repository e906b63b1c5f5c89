package fr.passerelle.api;

import fr.passerelle.PasserelleApplication;
import fr.passerelle.api.dev.DevTokens;
import fr.passerelle.school.port.in.SchoolUseCases;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * End-to-end tests over HTTP against the whole application on the embedded (in-memory) store, in dev mode: real
 * tokens from the dev issuer, the demo data and personas. Every subclass shares this one configuration, hence one
 * Spring context for all of them in each test fork (two: see the root pom). Tests that change data create their own
 * objects, so the demo data the others rely on stays as seeded.
 */
@SpringBootTest(classes = PasserelleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "passerelle.mongodb.in-memory=true")
@ActiveProfiles("dev")
@Import(MongoCommands.Registration.class)
public abstract class ApiTest {

    /** Demo objects (see DemoData) by global id. */
    protected static final String SCHOOL_A = "U2Nob29sOmRlbW8tc2Nob29sLWxvdWlzLWx1bWllcmU";
    protected static final String SCHOOL_B = globalId("School", "demo-school-mecaformation-lyon");
    protected static final String COMPANY_X = globalId("Company", "demo-company-garage-martin");
    protected static final String COMPANY_Y = globalId("Company", "demo-company-sonotec-live");

    /** A spy on the real use cases, so guard tests can prove no data fetcher ran. */
    @MockitoSpyBean
    protected SchoolUseCases schoolUseCases;

    /** The MongoDB commands sent, to prove a list costs a fixed number of reads. */
    @Autowired
    protected MongoCommands mongoCommands;

    @LocalServerPort
    protected int port;

    @Autowired
    private DevTokens devTokens;

    protected GraphQlHttp api;
    /** Objects of the test's own (new schools, companies, invitations) and reads of their effects. */
    protected Fixtures given;
    /** Fresh people with tokens signed by the dev issuer's key, whose inboxes no other test touches. */
    protected Newcomers people;

    @BeforeEach
    void connect() {
        api = new GraphQlHttp(port);
        given = new Fixtures(api);
        people = new Newcomers(devTokens);
    }

    protected static String globalId(String type, String localId) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + localId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
