package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.eventually;
import static fr.passerelle.api.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.api.Newcomers.Person;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Notification settings and push devices over HTTP, and a notice reaching a person over the channels they chose:
 * each person reads and changes only their own, and nobody sees a whole push token, not even its owner.
 */
class NotificationChannelsTest extends ApiTest {

    private static final String SETTINGS = """
            { viewer { notificationSettings { language emailDigest version channels { kind channels isDefault } } } }""";
    private static final String UPDATE = """
            mutation($input: NotificationSettingsUpdateInput!, $expectedVersion: Int) {
              notificationSettingsUpdate(input: $input, expectedVersion: $expectedVersion) {
              userErrors { field code message } notificationSettings { language emailDigest version
                channels { kind channels isDefault } } } }""";
    private static final String DEVICES = "{ viewer { pushDevices { platform tokenPrefix registeredAt } } }";
    private static final String REGISTER = """
            mutation($platform: PushPlatform!, $token: String!) { pushDeviceRegister(input: {platform: $platform, token: $token}) {
              userErrors { field code } device { platform tokenPrefix } } }""";
    private static final String UNREGISTER = """
            mutation($token: String!) { pushDeviceUnregister(token: $token) { userErrors { code } unregistered } }""";

    private GraphQlHttp.Reply as(Person person, String document, Map<String, Object> variables) {
        return api.queryWithToken(person.token(), document, variables);
    }

    private static String fcmToken() {
        return "fcm" + UUID.randomUUID().toString().replace("-", "") + ":APA91b" + UUID.randomUUID();
    }

    @Test
    void nobodyUnauthenticatedReadsOrChangesSettingsOrDevices() {
        assertThat(api.postWithToken(null, "{\"query\":\"" + SETTINGS.replace("\"", "\\\"") + "\"}").status())
                .isEqualTo(401);
        assertThat(api.postWithToken(null, "{\"query\":\"mutation { pushDeviceUnregister(token: \\\"t\\\") { unregistered } }\"}")
                .status()).isEqualTo(401);
    }

    @Test
    @SuppressWarnings("unchecked")
    void someoneWhoNeverChoseReadsTheDefaultsForEveryKind() {
        var settings = as(people.newcomer(), SETTINGS, Map.of());

        assertThat(settings.<Object>read("$.data.viewer.notificationSettings.language")).isNull();
        assertThat(settings.<String>read("$.data.viewer.notificationSettings.emailDigest")).isEqualTo("IMMEDIATE");
        assertThat(settings.<Integer>read("$.data.viewer.notificationSettings.version")).isZero();
        List<Map<String, Object>> channels = settings.read("$.data.viewer.notificationSettings.channels");
        assertThat(channels).extracting(c -> c.get("kind")).contains("COMPANY_VERIFIED", "MEMBER_JOINED")
                .doesNotHaveDuplicates();
        assertThat(channels).allSatisfy(c -> {
            assertThat(c.get("isDefault")).isEqualTo(true);
            assertThat((List<Object>) c.get("channels")).contains("IN_APP", "PUSH");
        });
    }

    @Test
    void aPersonChangesTheirOwnSettingsAndNobodyElses() {
        Person alice = people.newcomer();
        Person bob = people.newcomer();

        var updated = as(alice, UPDATE, Map.of("input", Map.of("language", "EN", "emailDigest", "DAILY",
                "channels", List.of(Map.of("kind", "MEMBER_JOINED", "channels", List.of("EMAIL"))))));

        assertThat(updated.<List<Object>>read("$.data.notificationSettingsUpdate.userErrors")).isEmpty();
        var read = as(alice, SETTINGS, Map.of());
        assertThat(read.<String>read("$.data.viewer.notificationSettings.language")).isEqualTo("EN");
        assertThat(read.<String>read("$.data.viewer.notificationSettings.emailDigest")).isEqualTo("DAILY");
        assertThat(read.<Integer>read("$.data.viewer.notificationSettings.version")).isEqualTo(1);
        assertThat(read.<List<Object>>read("$.data.viewer.notificationSettings.channels[?(@.kind == 'MEMBER_JOINED')].channels"))
                .containsExactly(List.of("IN_APP", "EMAIL"));
        assertThat(read.<List<Object>>read("$.data.viewer.notificationSettings.channels[?(@.kind == 'MEMBER_JOINED')].isDefault"))
                .containsExactly(false);
        var bobs = as(bob, SETTINGS, Map.of());
        assertThat(bobs.<Object>read("$.data.viewer.notificationSettings.language")).isNull();
        assertThat(bobs.<Integer>read("$.data.viewer.notificationSettings.version")).isZero();
    }

    @Test
    void badChangesAreUserErrorsOrClassifiedAndChangeNothing() {
        Person alice = people.newcomer();
        as(alice, UPDATE, Map.of("input", Map.of("language", "EN")));

        var twice = as(alice, UPDATE, Map.of("input", Map.of("language", "FR", "channels", List.of(
                Map.of("kind", "MEMBER_JOINED", "channels", List.of()),
                Map.of("kind", "MEMBER_JOINED", "channels", List.of("PUSH"))))));
        assertThat(twice.<List<String>>read("$.data.notificationSettingsUpdate.userErrors[0].field"))
                .containsExactly("input", "channels", "1", "kind");
        assertThat(twice.<String>read("$.data.notificationSettingsUpdate.userErrors[0].code")).isEqualTo("DUPLICATE");

        var stale = as(alice, UPDATE, Map.of("input", Map.of("language", "FR"), "expectedVersion", 0));
        assertThat(stale.<List<String>>read("$.data.notificationSettingsUpdate.userErrors[*].code"))
                .containsExactly("STALE_VERSION");
        assertThat(stale.<List<String>>read("$.data.notificationSettingsUpdate.userErrors[0].field"))
                .as("where the client put it: the argument").containsExactly("expectedVersion");

        var unknownKind = as(alice, UPDATE, Map.of("input", Map.of("channels",
                List.of(Map.of("kind", "NOT_A_KIND", "channels", List.of())))));
        assertThat(unknownKind.errorClassification()).isEqualTo("BAD_REQUEST");

        assertThat(as(alice, SETTINGS, Map.of()).<String>read("$.data.viewer.notificationSettings.language"))
                .isEqualTo("EN");
    }

    @Test
    void aDeviceIsShownToItsOwnerOnlyAndNeverWhole() {
        Person alice = people.newcomer();
        Person bob = people.newcomer();
        String token = fcmToken();

        var registered = as(alice, REGISTER, Map.of("platform", "ANDROID", "token", token));
        as(alice, REGISTER, Map.of("platform", "ANDROID", "token", token));

        assertThat(registered.<String>read("$.data.pushDeviceRegister.device.tokenPrefix"))
                .isEqualTo(token.substring(0, 8) + "…");
        var devices = as(alice, DEVICES, Map.of());
        assertThat(devices.<List<String>>read("$.data.viewer.pushDevices[*].tokenPrefix"))
                .containsExactly(token.substring(0, 8) + "…");
        assertThat(registered.body()).doesNotContain(token);
        assertThat(devices.body()).doesNotContain(token);
        assertThat(as(bob, DEVICES, Map.of()).<List<Object>>read("$.data.viewer.pushDevices")).isEmpty();

        assertThat(as(bob, UNREGISTER, Map.of("token", token)).<Boolean>read("$.data.pushDeviceUnregister.unregistered"))
                .isFalse();
        assertThat(as(alice, DEVICES, Map.of()).<List<Object>>read("$.data.viewer.pushDevices")).hasSize(1);
        assertThat(as(alice, UNREGISTER, Map.of("token", token)).<Boolean>read("$.data.pushDeviceUnregister.unregistered"))
                .isTrue();
        assertThat(as(alice, DEVICES, Map.of()).<List<Object>>read("$.data.viewer.pushDevices")).isEmpty();
    }

    @Test
    void aTokenRegisteredBySomeoneElseMovesToThem() {
        Person alice = people.newcomer();
        Person bob = people.newcomer();
        String token = fcmToken();

        as(alice, REGISTER, Map.of("platform", "WEB", "token", token));
        as(bob, REGISTER, Map.of("platform", "WEB", "token", token));

        assertThat(as(alice, DEVICES, Map.of()).<List<Object>>read("$.data.viewer.pushDevices")).isEmpty();
        assertThat(as(bob, DEVICES, Map.of()).<List<String>>read("$.data.viewer.pushDevices[*].platform"))
                .containsExactly("WEB");
    }

    @Test
    void aTokenThatCannotBeOneIsAUserError() {
        var refused = as(people.newcomer(), REGISTER, Map.of("platform", "IOS", "token", "two words"));

        assertThat(refused.<List<String>>read("$.data.pushDeviceRegister.userErrors[0].field"))
                .containsExactly("input", "token");
        assertThat(refused.<Object>read("$.data.pushDeviceRegister.device")).isNull();
    }

    /**
     * Alice chose English, e-mail and push for her company's vetting; Bob, with the defaults, gets it in the app and
     * on his device but no mail. Her mail goes to the verified address of her sign-in.
     */
    @Test
    void aNoticeReachesEachPersonOverTheChannelsTheyChoseInTheirLanguage() {
        Person alice = people.newcomer();
        String company = registerCompany(alice);
        String aliceToken = fcmToken();
        as(alice, REGISTER, Map.of("platform", "ANDROID", "token", aliceToken));
        as(alice, UPDATE, Map.of("input", Map.of("language", "EN", "channels",
                List.of(Map.of("kind", "COMPANY_VERIFIED", "channels", List.of("EMAIL", "PUSH"))))));

        given.succeed("advisor", """
                mutation($id: ID!, $v: Int!) { companyVerify(id: $id, expectedVersion: $v) { userErrors { code } } }""",
                Map.of("id", company, "v", given.versionOf(company)));

        List<Map<String, Object>> pushes = eventually(() -> pushesTo(aliceToken), found -> !found.isEmpty());
        assertThat(pushes).singleElement().satisfies(push -> {
            assertThat(push.get("title")).isEqualTo("Your company is verified");
            assertThat(push.get("targetId")).isEqualTo(company);
            assertThat(push.get("tokenPrefix")).isEqualTo(aliceToken.substring(0, 8));
        });
        List<Map<String, Object>> mails = eventually(() -> given.mailbox(alice.email()), found -> !found.isEmpty());
        assertThat(mails).singleElement().satisfies(mail ->
                assertThat(mail.get("subject")).isEqualTo("Your company is verified"));
        var inbox = as(alice, "{ viewer { notifications(first: 5) { edges { node { title } } } } }", Map.of());
        assertThat(inbox.<List<String>>read("$.data.viewer.notifications.edges[*].node.title"))
                .containsExactly("Your company is verified");
        assertThat(pushes.get(0).get("notificationId")).isEqualTo(
                as(alice, "{ viewer { notifications(first: 1) { edges { node { id } } } } }", Map.of())
                        .<String>read("$.data.viewer.notifications.edges[0].node.id"));
    }

    @Test
    void withTheDefaultsAnInformationalNoticeIsPushedButNotMailed() {
        Person bob = people.newcomer();
        String company = registerCompany(bob);
        String bobToken = fcmToken();
        as(bob, REGISTER, Map.of("platform", "ANDROID", "token", bobToken));

        given.succeed("advisor", """
                mutation($id: ID!, $v: Int!) { companyVerify(id: $id, expectedVersion: $v) { userErrors { code } } }""",
                Map.of("id", company, "v", given.versionOf(company)));

        List<Map<String, Object>> pushes = eventually(() -> pushesTo(bobToken), found -> !found.isEmpty());
        assertThat(pushes).extracting(push -> push.get("title")).containsExactly("Votre entreprise est vérifiée");
        assertThat(given.mailbox(bob.email())).isEmpty();
    }

    private String registerCompany(Person person) {
        var registered = Fixtures.assertSucceeded(api.queryWithToken(person.token(), """
                mutation($name: String!, $siret: String!) { companyRegister(input: {legalName: $name, siret: $siret, kind: VENUE}) {
                  userErrors { code } company { id } } }""", Map.of("name", unique("Canaux SAS"), "siret", Fixtures.validSiret())));
        return registered.read("$.data.companyRegister.company.id");
    }

    private List<Map<String, Object>> pushesTo(String token) {
        var reply = api.getAs("recruiter-y", "/dev/push?tokenPrefix="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.read("$[*]");
    }
}
