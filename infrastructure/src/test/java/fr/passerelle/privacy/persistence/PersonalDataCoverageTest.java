package fr.passerelle.privacy.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.ClassUtils;

/**
 * The architecture rule of the privacy seam: every persisted MongoDB document class is either declared by a
 * provider ({@link PersonalDataProvider#declaration()} names its collection) or listed below as holding no personal
 * data, with the reason. A new {@code @Document} with neither fails here, and so does a provider declaring a field its
 * document does not have (a declaration drifting from the data), or an allowlisted document that grows a field named
 * like a person's data.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class PersonalDataCoverageTest {

    /** Collections that hold nothing about a person, and why. */
    private static final Map<String, String> NO_PERSONAL_DATA = Map.ofEntries(
            Map.entry("privacy_restrictions",
                    "marks records kept under a legal hold by collection and id; names no one"),
            Map.entry("erased_people", "one-way digests of erased people's keys, which is the point of a tombstone"),
            Map.entry("webhookDeliveries", "thin payloads (event type, object ids, sequence) and the receiver's answers"),
            Map.entry("retention_policies", "a data class's periods and legal basis; who changed them is audited"),
            Map.entry("retention_runs", "counts of records deleted or pseudonymised, by data class"),
            Map.entry("crmAutomationRuns", "which rule ran on which event, its outcome and the ids it changed"),
            Map.entry("crmAutomationEvents", "a school's trigger events: type, time and allow-listed ids"),
            Map.entry("crmLifecycleTargets", "a school's lifecycle target kinds, codes such as COACH"));

    /** Field names that say "a person": an allowlisted document with one of these is suspect. */
    private static final Pattern PERSONAL_NAME = Pattern.compile(
            "(?i).*(email|subject|phone|name|birth|address|learner|recipient|by|token|message|comment|note).*");

    @Autowired
    private List<PersonalDataProvider> providers;

    @Test
    void every_persisted_document_is_declared_by_a_provider_or_listed_as_holding_no_personal_data() {
        Set<String> declared = declarations().keySet();
        List<String> uncovered = documentClasses().entrySet().stream()
                .filter(document -> !declared.contains(document.getKey())
                        && !NO_PERSONAL_DATA.containsKey(document.getKey()))
                .map(document -> document.getValue().getName() + " (" + document.getKey() + ")")
                .toList();

        assertThat(uncovered).as("documents no privacy provider declares and not listed as holding no personal data")
                .isEmpty();
    }

    @Test
    void every_declared_collection_and_field_exists_in_a_persisted_document() {
        Map<String, Class<?>> documents = documentClasses();
        Map<String, List<PersonalData>> declarations = declarations();
        assertThat(documents.keySet()).as("collections declared by providers").containsAll(declarations.keySet());

        List<String> unknownFields = declarations.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().flatMap(data -> data.fields().stream()
                        .filter(field -> !properties(documents.get(entry.getKey())).contains(field.split("\\.")[0]))
                        .map(field -> entry.getKey() + "." + field + " (" + data.dataClass() + ")")))
                .toList();
        assertThat(unknownFields).as("declared fields the document does not have").isEmpty();
    }

    @Test
    void documents_listed_as_holding_no_personal_data_have_no_field_named_like_a_persons() {
        Map<String, Class<?>> documents = documentClasses();
        assertThat(documents.keySet()).as("the allowlist names real documents").containsAll(NO_PERSONAL_DATA.keySet());
        for (String collection : NO_PERSONAL_DATA.keySet()) {
            assertThat(properties(documents.get(collection)))
                    .as("fields of %s, listed as holding no personal data", collection)
                    .noneMatch(field -> !"_id".equals(field) && PERSONAL_NAME.matcher(field).matches());
        }
    }

    @Test
    void providers_have_distinct_features_and_data_classes() {
        assertThat(providers).extracting(PersonalDataProvider::feature).doesNotHaveDuplicates();
        assertThat(providers.stream().flatMap(provider -> provider.declaration().stream())
                .map(PersonalData::dataClass)).doesNotHaveDuplicates();
    }

    private Map<String, List<PersonalData>> declarations() {
        return providers.stream().flatMap(provider -> provider.declaration().stream())
                .collect(Collectors.groupingBy(PersonalData::collection));
    }

    /** Every {@code @Document} class of the application, by collection. */
    private static Map<String, Class<?>> documentClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Document.class));
        Map<String, Class<?>> documents = new HashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("fr.passerelle")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            Document annotation = type.getAnnotation(Document.class);
            String collection = annotation.value().isEmpty() ? annotation.collection() : annotation.value();
            documents.put(collection, type);
        }
        assertThat(documents).as("the scan finds the documents").hasSizeGreaterThan(10);
        return documents;
    }

    /** The stored top-level field names of a document class: its record components, the {@code @Id} one as _id. */
    private static Set<String> properties(Class<?> type) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(component -> names.add(
                component.isAnnotationPresent(Id.class)
                        || component.getAccessor().isAnnotationPresent(Id.class) ? "_id" : component.getName()));
        return names;
    }
}
