package fr.passerelle.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The rules of README's "GraphQL conventions" that a schema file can break, checked on the schema files. */
class ContractStyleTest {

    private static final String VERSION = "expectedVersion";

    @Test
    void expectedVersionIsAnArgumentBesideTheIdAndOnlyDeprecatedInAnInput() throws IOException {
        TypeDefinitionRegistry registry = registry();
        List<String> broken = new ArrayList<>();
        for (FieldDefinition mutation : mutations(registry)) {
            for (InputValueDefinition argument : mutation.getInputValueDefinitions()) {
                if (registry.getType(typeName(argument.getType())).orElse(null) instanceof InputObjectTypeDefinition input
                        && input.getInputValueDefinitions().stream().anyMatch(field -> field.getName().equals(VERSION))) {
                    if (mutation.getInputValueDefinitions().stream().noneMatch(a -> a.getName().equals(VERSION))) {
                        broken.add(mutation.getName() + " takes " + input.getName() + "." + VERSION
                                + " but has no " + VERSION + " argument");
                    }
                    input.getInputValueDefinitions().stream()
                            .filter(field -> field.getName().equals(VERSION) && !field.hasDirective("deprecated"))
                            .forEach(field -> broken.add(input.getName() + "." + VERSION + " is not deprecated"));
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(mutations(registry)).as("mutations taking expectedVersion as an argument")
                .filteredOn(m -> m.getInputValueDefinitions().stream().anyMatch(a -> a.getName().equals(VERSION)))
                .hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void everyCustomScalarSaysWhereItsFormatIsSpecified() throws IOException {
        assertThat(customScalars(registry()))
                .allSatisfy(scalar -> assertThat(scalar.hasDirective("specifiedBy")).as(scalar.getName()).isTrue());
    }

    /**
     * {@code docs/codegen.yml} types every custom scalar, and as something other than {@code any}/{@code unknown};
     * {@code .ci/run} runs graphql-codegen itself with that file (see README).
     */
    @Test
    void theCodegenConfigTypesEveryScalar() throws IOException {
        String config = Files.readString(Path.of("..", "docs", "codegen.yml"));
        Map<String, String> typed = Pattern.compile("(?m)^ {8}([A-Za-z]+): (.+)$").matcher(config).results()
                .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2).strip()));
        assertThat(customScalars(registry())).allSatisfy(scalar -> assertThat(typed.get(scalar.getName()))
                .as(scalar.getName()).isNotNull().doesNotContain("any").doesNotContain("unknown"));
        assertThat(config).contains("strictScalars: true");
    }

    private static TypeDefinitionRegistry registry() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
            registry.merge(new SchemaParser().parse(file.getInputStream()));
        }
        return registry;
    }

    private static List<FieldDefinition> mutations(TypeDefinitionRegistry registry) {
        return Stream.concat(
                registry.getType("Mutation", ObjectTypeDefinition.class).stream()
                        .flatMap(type -> type.getFieldDefinitions().stream()),
                registry.objectTypeExtensions().getOrDefault("Mutation", List.of()).stream()
                        .map(ObjectTypeExtensionDefinition.class::cast)
                        .flatMap(extension -> extension.getFieldDefinitions().stream())).toList();
    }

    private static List<ScalarTypeDefinition> customScalars(TypeDefinitionRegistry registry) {
        return registry.scalars().values().stream().filter(scalar -> !ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName()))
                .toList();
    }

    private static String typeName(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return typeName(nonNull.getType());
        }
        return type instanceof ListType list ? typeName(list.getType()) : ((TypeName) type).getName();
    }
}
