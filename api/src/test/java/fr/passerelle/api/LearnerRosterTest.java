package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rosters over HTTP: a school's {@code learners} and the {@code learners} list, their filters and orderings, read a
 * whole page at a time and page by page in both directions. The learners live in a fresh school of this class's
 * own (built once, then only read), so every count is exact whatever else the suite creates.
 */
class LearnerRosterTest extends LearnerApiTest {

    /** One learner of the fresh school as registered, and what the API then reports of it. */
    record Member(String id, String firstName, String lastName, String program, Integer year, List<String> skills,
                  int score, String createdAt) {

        String localId() {
            return Fixtures.localIdOf(id);
        }

        /** What the NAME order sorts on: "last first", lower case, without accents. */
        String nameKey() {
            String decomposed = Normalizer.normalize(lastName + " " + firstName, Normalizer.Form.NFD);
            return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        }
    }

    /** The fresh school and its five learners, in registration order. */
    record Roster(String school, String tag, String programA, String programB, List<Member> members) {

        Member named(String lastNameStart) {
            return members.stream().filter(m -> m.lastName().startsWith(lastNameStart)).findFirst().orElseThrow();
        }
    }

    private static volatile Roster roster;

    private static final String CONNECTION = """
            edges { cursor node { id firstName lastName status academic { programCode graduationYear school { id } }
              skills { code } readiness { score parts { criterion points maxPoints advice } } createdAt } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }""";
    private static final String SCHOOL_ROSTER = """
            query($school: ID!, $filter: LearnerFilter, $orderBy: LearnerOrder, $first: Int, $after: String, $last: Int, $before: String) {
              node(id: $school) { ... on School { learners(filter: $filter, orderBy: $orderBy, first: $first, after: $after,
                last: $last, before: $before) { %s } } } }""".formatted(CONNECTION);
    private static final String LEARNERS = """
            query($filter: LearnerFilter, $orderBy: LearnerOrder, $first: Int, $after: String, $last: Int, $before: String) {
              learners(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) { %s } }"""
            .formatted(CONNECTION);

    /** Builds the fresh school and its learners on first use; every test only reads them. */
    private Roster roster() {
        Roster built = roster;
        if (built == null) {
            synchronized (LearnerRosterTest.class) {
                if (roster == null) {
                    roster = build();
                }
                built = roster;
            }
        }
        return built;
    }

    private Roster build() {
        var random = new java.security.SecureRandom();
        String tag = random.ints(8, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        String school = given.newSchool(Fixtures.unique("École des rosters"));
        String programA = "PA-" + tag.toUpperCase(Locale.ROOT);
        String programB = "PB-" + tag.toUpperCase(Locale.ROOT);
        for (String program : List.of(programA, programB)) {
            given.succeed("platform-admin", """
                    mutation($id: ID!, $code: String!) { schoolProgramAdd(id: $id, input: {code: $code, name: "Programme", durationMonths: 12}) {
                      userErrors { field code } school { id } } }""", Map.of("id", school, "code", program));
        }
        int year = today().getYear();
        List<Member> members = new ArrayList<>();
        // Registered in this order (CREATED_AT), named so that NAME sorts them otherwise (accents ignored).
        members.add(member(school, "Noémie", "Bérard " + tag, programA, year + 1, List.of("sound-mixing")));
        members.add(member(school, "Lucas", "Durand " + tag, programB, year + 3, List.of("pro-tools:bare")));
        members.add(member(school, "Hugo", "André " + tag, programA.toLowerCase(Locale.ROOT), year + 1, List.of()));
        members.add(member(school, "Manon", "Éluard " + tag, null, null,
                List.of("sound-mixing", "pro-tools", "elec-b1vl")));
        members.add(member(school, "Émile", "Chevalier " + tag, programB, year + 2, List.of("sound-mixing", "pro-tools")));
        return new Roster(school, tag, programA, programB, List.copyOf(members));
    }

    private Member member(String school, String firstName, String lastName, String program, Integer year,
                          List<String> skills) {
        String id = (String) register("platform-admin", school, firstName, lastName,
                "roster-" + UUID.randomUUID() + "@example.test").get("id");
        if (program != null || year != null) {
            var academic = new HashMap<String, Object>();
            academic.put("programCode", program);
            academic.put("graduationYear", year);
            learnerOf(api.query("platform-admin", UPDATE_ACADEMIC, Map.of("id", id, "input", academic)));
        }
        for (String skill : skills) {
            String code = skill.replace(":bare", "");
            var input = new HashMap<String, Object>(Map.of("code", code, "level", "INTERMEDIATE"));
            if (!skill.endsWith(":bare")) {
                input.put("evidence", List.of(Map.of("kind", "PROJECT", "description", "Projet " + code)));
            }
            if (code.startsWith("elec-")) {
                input.put("expiresOn", today().plusYears(2).toString());
            }
            learnerOf(api.query("platform-admin", SKILL_SET, Map.of("id", id, "input", input)));
        }
        var saved = read(id);
        @SuppressWarnings("unchecked")
        var academic = (Map<String, Object>) saved.get("academic");
        @SuppressWarnings("unchecked")
        var readiness = (Map<String, Object>) saved.get("readiness");
        return new Member(id, firstName, lastName, (String) academic.get("programCode"),
                (Integer) academic.get("graduationYear"), skills.stream().map(s -> s.replace(":bare", "")).toList(),
                (Integer) readiness.get("score"), (String) saved.get("createdAt"));
    }

    // ---- filters -----------------------------------------------------------------------------------------------

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("every learner of the school", (Function<Roster, Map<String, Object>>) r -> Map.of(),
                        (Function<Roster, Predicate<Member>>) r -> m -> true),
                Arguments.of("program A", filter(r -> Map.of("programCode", r.programA())),
                        match(r -> m -> r.programA().equals(m.program()))),
                Arguments.of("program B", filter(r -> Map.of("programCode", r.programB())),
                        match(r -> m -> r.programB().equals(m.program()))),
                Arguments.of("graduating next year", filter(r -> Map.of("graduationYear", today().getYear() + 1)),
                        match(r -> m -> Integer.valueOf(today().getYear() + 1).equals(m.year()))),
                Arguments.of("graduating in three years", filter(r -> Map.of("graduationYear", today().getYear() + 3)),
                        match(r -> m -> Integer.valueOf(today().getYear() + 3).equals(m.year()))),
                Arguments.of("one skill", filter(r -> Map.of("skillCodes", List.of("sound-mixing"))),
                        match(r -> m -> m.skills().contains("sound-mixing"))),
                Arguments.of("all of two skills", filter(r -> Map.of("skillCodes", List.of("sound-mixing", "pro-tools"))),
                        match(r -> m -> m.skills().containsAll(List.of("sound-mixing", "pro-tools")))),
                Arguments.of("all of a skill and an habilitation",
                        filter(r -> Map.of("skillCodes", List.of("pro-tools", "elec-b1vl"))),
                        match(r -> m -> m.skills().containsAll(List.of("pro-tools", "elec-b1vl")))),
                Arguments.of("no skills named", filter(r -> Map.of("skillCodes", List.of())), match(r -> m -> true)),
                Arguments.of("readiness between two learners' scores",
                        filter(r -> Map.of("readinessMin", r.named("Bérard").score(), "readinessMax", r.named("Chevalier").score())),
                        match(r -> m -> m.score() >= r.named("Bérard").score() && m.score() <= r.named("Chevalier").score())),
                Arguments.of("readiness at least", filter(r -> Map.of("readinessMin", r.named("Chevalier").score())),
                        match(r -> m -> m.score() >= r.named("Chevalier").score())),
                Arguments.of("readiness at most", filter(r -> Map.of("readinessMax", r.named("André").score())),
                        match(r -> m -> m.score() <= r.named("André").score())),
                Arguments.of("status of new learners", filter(r -> Map.of("status", "PROSPECT")), match(r -> m -> true)),
                Arguments.of("another status", filter(r -> Map.of("status", "ENROLLED")), match(r -> m -> false)),
                Arguments.of("name without its accent", filter(r -> Map.of("nameContains", "eluard")),
                        match(r -> m -> m.lastName().startsWith("Éluard"))),
                Arguments.of("first name in capitals without accent", filter(r -> Map.of("nameContains", "EMILE")),
                        match(r -> m -> m.firstName().equals("Émile"))),
                Arguments.of("accented search of a plain name", filter(r -> Map.of("nameContains", "Dùrand")),
                        match(r -> m -> m.lastName().startsWith("Durand"))),
                Arguments.of("last then first name", filter(r -> Map.of("nameContains", "andre " + r.tag() + " hu")),
                        match(r -> m -> m.lastName().startsWith("André"))),
                Arguments.of("program and skill together",
                        filter(r -> Map.of("programCode", r.programB(), "skillCodes", List.of("sound-mixing"))),
                        match(r -> m -> r.programB().equals(m.program()) && m.skills().contains("sound-mixing"))));
    }

    private static Function<Roster, Map<String, Object>> filter(Function<Roster, Map<String, Object>> filter) {
        return filter;
    }

    private static Function<Roster, Predicate<Member>> match(Function<Roster, Predicate<Member>> predicate) {
        return predicate;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void bothListsFilterExactly(String name, Function<Roster, Map<String, Object>> filter,
                                Function<Roster, Predicate<Member>> expected) {
        Roster r = roster();
        List<String> wanted = r.members().stream().filter(expected.apply(r)).sorted(byName()).map(Member::id).toList();

        var inSchool = schoolRoster(r, filter.apply(r), null, 100, null, null, null);
        assertThat(ids(inSchool, "$.data.node.learners")).as("School.learners, %s", name).isEqualTo(wanted);

        // learners() spans every school: the tag in every last name keeps it to this class's learners.
        var everywhere = new HashMap<>(filter.apply(r));
        if (!everywhere.containsKey("nameContains")) {
            everywhere.put("nameContains", r.tag());
        }
        var listed = api.query("advisor", LEARNERS, variables(everywhere, null, 100, null, null, null));
        assertThat(listed.errorClassification()).as(listed.toString()).isNull();
        assertThat(ids(listed, "$.data.learners")).as("learners(), %s", name).isEqualTo(wanted);
    }

    @Test
    void theFixtureSpreadsOverEveryFilterAndOrder() {
        Roster r = roster();
        assertThat(r.members()).extracting(Member::score).doesNotHaveDuplicates();
        assertThat(r.members()).extracting(Member::program).containsOnly(r.programA(), r.programB(), null);
        // A program code is stored as the school spells it, whatever case it was sent in.
        assertThat(r.named("André").program()).isEqualTo(r.programA());
    }

    // ---- orders and cursors ------------------------------------------------------------------------------------

    static Stream<Arguments> orders() {
        return Stream.of("NAME", "GRADUATION_YEAR", "READINESS", "CREATED_AT")
                .flatMap(field -> Stream.of(Arguments.of(field, "ASC"), Arguments.of(field, "DESC")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("orders")
    void bothListsOrderAndPageForwardAndBackwardWithoutGapsOrRepeats(String field, String direction) {
        Roster r = roster();
        List<String> expected = expectedOrder(r, field, direction);
        Map<String, Object> orderBy = Map.of("field", field, "direction", direction);

        var whole = schoolRoster(r, Map.of(), orderBy, 100, null, null, null);
        assertThat(ids(whole, "$.data.node.learners")).as("one page").isEqualTo(expected);

        assertThat(forward(cursor -> schoolRoster(r, Map.of(), orderBy, 2, cursor, null, null), "$.data.node.learners"))
                .as("School.learners two at a time, forward").isEqualTo(expected);
        assertThat(backward(cursor -> schoolRoster(r, Map.of(), orderBy, null, null, 2, cursor), "$.data.node.learners"))
                .as("School.learners two at a time, backward").isEqualTo(expected);

        Map<String, Object> mine = Map.of("nameContains", r.tag());
        assertThat(forward(cursor -> api.query("platform-admin", LEARNERS, variables(mine, orderBy, 2, cursor, null, null)),
                "$.data.learners")).as("learners() two at a time, forward").isEqualTo(expected);
        assertThat(backward(cursor -> api.query("platform-admin", LEARNERS, variables(mine, orderBy, null, null, 2, cursor)),
                "$.data.learners")).as("learners() two at a time, backward").isEqualTo(expected);
    }

    @Test
    void theDefaultOrderIsByNameAscending() {
        Roster r = roster();
        assertThat(ids(schoolRoster(r, Map.of(), null, 100, null, null, null), "$.data.node.learners"))
                .isEqualTo(expectedOrder(r, "NAME", "ASC"))
                .startsWith(r.named("André").id(), r.named("Bérard").id(), r.named("Chevalier").id());
    }

    @Test
    void pageInfoTellsWhereAPageSits() {
        Roster r = roster();
        List<String> expected = expectedOrder(r, "NAME", "ASC");
        var first = schoolRoster(r, Map.of(), null, 2, null, null, null);
        assertThat(first.<Map<String, Object>>read("$.data.node.learners.pageInfo"))
                .containsEntry("hasNextPage", true).containsEntry("hasPreviousPage", false)
                .containsEntry("startCursor", first.read("$.data.node.learners.edges[0].cursor"))
                .containsEntry("endCursor", first.read("$.data.node.learners.edges[1].cursor"));
        String end = first.read("$.data.node.learners.pageInfo.endCursor");
        var rest = schoolRoster(r, Map.of(), null, 10, end, null, null);
        assertThat(ids(rest, "$.data.node.learners")).isEqualTo(expected.subList(2, 5));
        assertThat(rest.<Boolean>read("$.data.node.learners.pageInfo.hasNextPage")).isFalse();
        assertThat(rest.<Boolean>read("$.data.node.learners.pageInfo.hasPreviousPage")).isTrue();

        var last = schoolRoster(r, Map.of(), null, null, null, 2, null);
        assertThat(ids(last, "$.data.node.learners")).isEqualTo(expected.subList(3, 5));
        assertThat(last.<Boolean>read("$.data.node.learners.pageInfo.hasPreviousPage")).isTrue();
        assertThat(last.<Boolean>read("$.data.node.learners.pageInfo.hasNextPage")).isFalse();

        var empty = schoolRoster(r, Map.of("status", "WITHDRAWN"), null, 5, null, null, null);
        assertThat(empty.<Map<String, Object>>read("$.data.node.learners.pageInfo")).containsEntry("hasNextPage", false)
                .containsEntry("hasPreviousPage", false).containsEntry("startCursor", null).containsEntry("endCursor", null);
    }

    @Test
    void aCursorOfOneOrderIsRefusedUnderAnother() {
        Roster r = roster();
        var byName = schoolRoster(r, Map.of(), Map.of("field", "NAME", "direction", "ASC"), 2, null, null, null);
        String cursor = byName.read("$.data.node.learners.pageInfo.endCursor");
        var reply = schoolRoster(r, Map.of(), Map.of("field", "READINESS", "direction", "ASC"), 2, cursor, null, null);
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
        var forged = schoolRoster(r, Map.of(), null, 2, "bm90LWEtY3Vyc29y", null, null);
        assertThat(forged.errorClassification()).as(forged.toString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void aCursorOfOneDirectionIsRefusedUnderTheOther() {
        Roster r = roster();
        var ascending = schoolRoster(r, Map.of(), Map.of("field", "NAME", "direction", "ASC"), 2, null, null, null);
        String cursor = ascending.read("$.data.node.learners.pageInfo.endCursor");
        var reply = schoolRoster(r, Map.of(), Map.of("field", "NAME", "direction", "DESC"), 2, cursor, null, null);
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
    }

    // ---- readiness and catalog ---------------------------------------------------------------------------------

    @Test
    void readinessComesInFourPartsWhosePointsAddUpToTheScore() {
        Roster r = roster();
        var reply = schoolRoster(r, Map.of(), null, 100, null, null, null);
        List<Map<String, Object>> learners = reply.read("$.data.node.learners.edges[*].node");
        assertThat(learners).hasSize(5);
        // Hugo André and Noémie Bérard have equal academic parts (same program and year): each still gets its school.
        assertThat(reply.<List<String>>read("$.data.node.learners.edges[*].node.academic.school.id"))
                .containsExactly(r.school(), r.school(), r.school(), r.school(), r.school());
        for (Map<String, Object> learner : learners) {
            var json = com.jayway.jsonpath.JsonPath.parse(learner);
            List<Map<String, Object>> parts = json.read("$.readiness.parts");
            assertThat(parts).extracting(p -> p.get("criterion"))
                    .containsExactly("PROFILE_COMPLETENESS", "SKILLS_EVIDENCE", "CERTIFICATIONS", "EXPERIENCE");
            assertThat(parts.stream().mapToInt(p -> (Integer) p.get("points")).sum())
                    .as("score of %s", learner.get("lastName")).isEqualTo(json.<Integer>read("$.readiness.score"));
            assertThat(parts.stream().mapToInt(p -> (Integer) p.get("maxPoints")).sum()).isEqualTo(100);
            for (Map<String, Object> part : parts) {
                assertThat((Integer) part.get("points")).isBetween(0, (Integer) part.get("maxPoints"));
                assertThat(part.get("advice") == null).as("advice exactly when not full: %s", part)
                        .isEqualTo(part.get("points").equals(part.get("maxPoints")));
            }
        }
        // Léa (demo data) has all four criteria at work too.
        var lea = api.query("learner", "{ viewer { learnerProfile { readiness { score parts { points } } } } }");
        assertThat(lea.<List<Integer>>read("$.data.viewer.learnerProfile.readiness.parts[*].points")
                .stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(lea.<Integer>read("$.data.viewer.learnerProfile.readiness.score"));
    }

    @Test
    void theSkillCatalogListsCodesByCategory() {
        var all = api.query("learner", "{ skillCatalog { code label category expires } }");
        assertThat(all.errorClassification()).as(all.toString()).isNull();
        List<Map<String, Object>> skills = all.read("$.data.skillCatalog");
        assertThat(skills).hasSize(20).extracting(s -> s.get("code")).doesNotHaveDuplicates()
                .contains("auto-diagnostic", "sound-mixing", "pro-tools", "elec-b1vl");
        assertThat(skills).extracting(s -> (String) s.get("label")).isSortedAccordingTo(Comparator.naturalOrder());

        Map<String, List<String>> byCategory = new HashMap<>();
        for (String category : List.of("TECHNICAL", "SOFTWARE", "HABILITATION")) {
            var reply = api.query("recruiter-x", "query($c: SkillCategory) { skillCatalog(category: $c) { code category expires } }",
                    Map.of("c", category));
            List<Map<String, Object>> some = reply.read("$.data.skillCatalog");
            assertThat(some).extracting(s -> s.get("category")).containsOnly(category);
            assertThat(some).extracting(s -> s.get("expires")).containsOnly(category.equals("HABILITATION"));
            byCategory.put(category, some.stream().map(s -> (String) s.get("code")).toList());
        }
        assertThat(byCategory.get("HABILITATION")).containsExactlyInAnyOrder("elec-b0l", "elec-b1vl", "elec-b2vl", "elec-bcl");
        assertThat(byCategory.get("SOFTWARE")).containsExactlyInAnyOrder("pro-tools", "ableton-live", "davinci-resolve",
                "avid-media-composer", "grandma3", "diagbox");
        assertThat(byCategory.get("TECHNICAL")).hasSize(10).contains("auto-diagnostic", "sound-mixing", "color-grading");
        assertThat(Stream.of("TECHNICAL", "SOFTWARE", "HABILITATION").mapToInt(c -> byCategory.get(c).size()).sum())
                .isEqualTo(skills.size());
    }

    // ---- guards ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{ learners(first: 101) { edges { node { id } } } }",
            "{ learners(last: 101) { edges { node { id } } } }",
            "{ learners(first: -1) { edges { node { id } } } }",
            "{ learners(first: 1, last: 1) { edges { node { id } } } }",
            "{ node(id: \"U2Nob29sOmRlbW8tc2Nob29sLW1lY2Fmb3JtYXRpb24tbHlvbg\") { ... on School { learners(first: 101) { edges { node { id } } } } } }"})
    void pageSizesAreBounded(String query) {
        var reply = api.query("advisor", query);
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void filtersAreBounded() {
        var tooManySkills = api.query("advisor", "query($f: LearnerFilter) { learners(filter: $f) { edges { node { id } } } }",
                Map.of("f", Map.of("skillCodes", Collections.nCopies(21, "pro-tools"))));
        assertThat(tooManySkills.errorClassification()).as(tooManySkills.toString()).isEqualTo("BAD_REQUEST");
        var longName = api.query("advisor", "query($f: LearnerFilter) { learners(filter: $f) { edges { node { id } } } }",
                Map.of("f", Map.of("nameContains", "x".repeat(81))));
        assertThat(longName.errorClassification()).as(longName.toString()).isEqualTo("BAD_REQUEST");
        var regex = api.query("advisor", "query($f: LearnerFilter) { learners(filter: $f) { edges { node { id } } } }",
                Map.of("f", Map.of("nameContains", ".*")));
        assertThat(regex.errorClassification()).as(regex.toString()).isNull();
        assertThat(regex.<List<Object>>read("$.data.learners.edges")).as("the text is matched literally").isEmpty();
    }

    @Test
    void aTypicalRosterQueryFitsWithinTheLimits() {
        // 20 schools × 20 learners: cost 1 + 20 × (…) ≈ 4,000 of 25,000 and 420 nodes of 2,000.
        var reply = api.query("advisor", """
                { schools(first: 20) { edges { node { id name learners(first: 20) {
                    edges { node { id firstName lastName status academic { programCode graduationYear school { id } }
                      readiness { score } } }
                    pageInfo { hasNextPage endCursor } } } } } }""");
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<Object>>read("$.data.schools.edges")).isNotEmpty();
        List<String> schools = reply.read("$.data.schools.edges[*].node.id");
        for (int i = 0; i < schools.size(); i++) {
            List<String> ofSchool = reply.read("$.data.schools.edges[" + i + "].node.learners.edges[*].node.academic.school.id");
            String school = schools.get(i);
            assertThat(ofSchool).as("a school's roster holds its own learners").allMatch(school::equals);
        }
    }

    @Test
    void aRosterOfEveryLearnerOfEverySchoolIsRefusedBeforeRunning() {
        var reply = api.query("advisor", """
                { schools(first: 100) { edges { node { learners(first: 100) { edges { node { id } } } } } } }""");
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
        assertThat(reply.<Object>find("$.data.schools")).isNull();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private GraphQlHttp.Reply schoolRoster(Roster r, Map<String, Object> filter, Map<String, Object> orderBy, Integer first,
                                           String after, Integer last, String before) {
        var variables = variables(filter, orderBy, first, after, last, before);
        variables.put("school", r.school());
        return api.query("platform-admin", SCHOOL_ROSTER, variables);
    }

    private static Map<String, Object> variables(Map<String, Object> filter, Map<String, Object> orderBy, Integer first,
                                                 String after, Integer last, String before) {
        var variables = new HashMap<String, Object>();
        variables.put("filter", filter);
        if (orderBy != null) {
            variables.put("orderBy", orderBy);
        }
        variables.put("first", first);
        variables.put("after", after);
        variables.put("last", last);
        variables.put("before", before);
        return variables;
    }

    private static List<String> ids(GraphQlHttp.Reply reply, String connection) {
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read(connection + ".edges[*].node.id");
    }

    /** Every id, reading pages forward from the start until no page follows. */
    private static List<String> forward(Function<String, GraphQlHttp.Reply> page, String connection) {
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 10; pages++) {
            var reply = page.apply(after);
            List<String> ids = ids(reply, connection);
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            assertThat(reply.<Boolean>read(connection + ".pageInfo.hasPreviousPage")).isEqualTo(after != null);
            seen.addAll(ids);
            if (!reply.<Boolean>read(connection + ".pageInfo.hasNextPage")) {
                return seen;
            }
            after = reply.read(connection + ".pageInfo.endCursor");
        }
        throw new AssertionError("more pages than learners: " + seen);
    }

    /** Every id, reading pages backward from the end until no page precedes, in list order. */
    private static List<String> backward(Function<String, GraphQlHttp.Reply> page, String connection) {
        List<String> seen = new ArrayList<>();
        String before = null;
        for (int pages = 0; pages < 10; pages++) {
            var reply = page.apply(before);
            List<String> ids = ids(reply, connection);
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            assertThat(reply.<Boolean>read(connection + ".pageInfo.hasNextPage")).isEqualTo(before != null);
            seen.addAll(0, ids);
            if (!reply.<Boolean>read(connection + ".pageInfo.hasPreviousPage")) {
                return seen;
            }
            before = reply.read(connection + ".pageInfo.startCursor");
        }
        throw new AssertionError("more pages than learners: " + seen);
    }

    /** The order the API must give: the field's value, then the id to break ties, all reversed for DESC. */
    private static List<String> expectedOrder(Roster r, String field, String direction) {
        Comparator<Member> byField = switch (field) {
            case "NAME" -> Comparator.comparing(Member::nameKey);
            // Learners without a graduation year come after every year when ascending.
            case "GRADUATION_YEAR" -> Comparator.comparing(m -> m.year() == null ? Long.MAX_VALUE : m.year().longValue());
            case "READINESS" -> Comparator.comparingInt(Member::score);
            case "CREATED_AT" -> Comparator.comparing(m -> java.time.Instant.parse(m.createdAt()));
            default -> throw new IllegalArgumentException(field);
        };
        Comparator<Member> order = byField.thenComparing(Member::localId);
        List<String> ids = r.members().stream().sorted(order).map(Member::id).toList();
        if (direction.equals("DESC")) {
            ids = new ArrayList<>(ids);
            Collections.reverse(ids);
        }
        return ids;
    }

    private static Comparator<Member> byName() {
        return Comparator.comparing(Member::nameKey).thenComparing(Member::localId);
    }
}
