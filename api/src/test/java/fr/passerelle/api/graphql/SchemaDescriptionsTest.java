package fr.passerelle.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.DescribedNode;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The public contract documents itself: every type, field, argument, input field and enum value has a description. */
class SchemaDescriptionsTest {

    @Test
    void everyElementOfTheSchemaHasADescription() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
            registry.merge(new SchemaParser().parse(file.getInputStream()));
        }
        List<String> undocumented = new ArrayList<>();
        for (TypeDefinition<?> type : registry.types().values()) {
            if (type instanceof DescribedNode<?> described) {
                check(type.getName(), described, undocumented);
            }
            if (type instanceof ObjectTypeDefinition object) {
                object.getFieldDefinitions().forEach(f -> checkField(type, f, undocumented));
            } else if (type instanceof InterfaceTypeDefinition object) {
                object.getFieldDefinitions().forEach(f -> checkField(type, f, undocumented));
            } else if (type instanceof InputObjectTypeDefinition input) {
                input.getInputValueDefinitions().forEach(v -> check(type.getName() + "." + v.getName(), v, undocumented));
            } else if (type instanceof EnumTypeDefinition enumType) {
                enumType.getEnumValueDefinitions().forEach(v -> check(type.getName() + "." + v.getName(), v, undocumented));
            }
        }
        registry.scalars().values().stream().filter(s -> !isBuiltIn(s))
                .forEach(s -> check(s.getName(), s, undocumented));
        registry.objectTypeExtensions().values().stream().flatMap(List::stream)
                .flatMap(ext -> ext.getFieldDefinitions().stream().map(f -> new Object[] {ext, f}))
                .forEach(pair -> checkField((ObjectTypeExtensionDefinition) pair[0], (FieldDefinition) pair[1], undocumented));

        assertThat(undocumented).as("schema elements without a description").isEmpty();
        assertThat(Stream.of("School", "Company", "Membership", "Viewer")).allMatch(registry::hasType);
    }

    private static void checkField(TypeDefinition<?> owner, FieldDefinition field, List<String> undocumented) {
        String path = owner.getName() + "." + field.getName();
        check(path, field, undocumented);
        field.getInputValueDefinitions().forEach(argument -> check(path + "(" + argument.getName() + ")", argument, undocumented));
    }

    private static void check(String path, DescribedNode<?> node, List<String> undocumented) {
        Description description = node.getDescription();
        if (description == null || description.getContent().isBlank()) {
            undocumented.add(path);
        }
    }

    private static boolean isBuiltIn(ScalarTypeDefinition scalar) {
        return List.of("Int", "Float", "String", "Boolean", "ID").contains(scalar.getName());
    }
}
