package fr.passerelle.shared.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.CompanyProfile;
import fr.passerelle.company.model.Siret;
import fr.passerelle.company.model.VettingStatus;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.shared.model.WebAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChangedFieldsTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private record City(String name, String postalCode) {
    }

    /** Has an {@code id} of its own: only the aggregate's top-level bookkeeping is left out. */
    private record Profile(String id, String name, City city) {
    }

    private record Doc(String id, Profile profile, List<String> tags, String title, Instant createdAt,
                       Instant updatedAt, long version) {
    }

    private record Other(String id, String title) {
    }

    private static Doc doc(Profile profile, List<String> tags, String title) {
        return new Doc("doc-1", profile, tags, title, T0, T0, 3);
    }

    private static final Profile ANNA = new Profile("p-1", "Anna", new City("Lyon", "69003"));
    private static final Doc BEFORE = doc(ANNA, List.of("a", "b"), "Title");

    @Nested
    class Between {

        @Test
        void no_change_is_no_path() {
            assertThat(ChangedFields.between(BEFORE, doc(ANNA, List.of("a", "b"), "Title"))).isEmpty();
        }

        @Test
        void a_change_in_a_nested_record_is_named_by_its_dotted_path() {
            Doc renamed = doc(new Profile("p-1", "Anne", ANNA.city()), BEFORE.tags(), BEFORE.title());

            assertThat(ChangedFields.between(BEFORE, renamed)).containsExactly("profile.name");
        }

        @Test
        void records_are_walked_at_any_depth() {
            Doc moved = doc(new Profile("p-1", "Anna", new City("Lyon", "69007")), BEFORE.tags(), BEFORE.title());

            assertThat(ChangedFields.between(BEFORE, moved)).containsExactly("profile.city.postalCode");
        }

        @Test
        void a_nested_record_appearing_or_vanishing_is_named_whole() {
            Doc withoutCity = doc(new Profile("p-1", "Anna", null), BEFORE.tags(), BEFORE.title());

            assertThat(ChangedFields.between(BEFORE, withoutCity)).containsExactly("profile.city");
            assertThat(ChangedFields.between(withoutCity, BEFORE)).containsExactly("profile.city");
        }

        @Test
        void lists_are_compared_whole() {
            Doc reordered = doc(ANNA, List.of("b", "a"), BEFORE.title());
            Doc grown = doc(ANNA, List.of("a", "b", "c"), BEFORE.title());
            Doc equalCopy = doc(ANNA, new ArrayList<>(List.of("a", "b")), BEFORE.title());

            assertThat(ChangedFields.between(BEFORE, reordered)).containsExactly("tags");
            assertThat(ChangedFields.between(BEFORE, grown)).containsExactly("tags");
            assertThat(ChangedFields.between(BEFORE, equalCopy)).isEmpty();
        }

        @Test
        void several_changes_are_listed_in_declaration_order() {
            Doc changed = doc(new Profile("p-1", "Anne", new City("Paris", "69003")), List.of(), "Other title");

            assertThat(ChangedFields.between(BEFORE, changed))
                    .containsExactly("profile.name", "profile.city.name", "tags", "title");
        }

        @Test
        void top_level_bookkeeping_fields_are_ignored() {
            Doc bookkeepingOnly = new Doc("doc-2", ANNA, BEFORE.tags(), BEFORE.title(), T1, T1, 4);

            assertThat(ChangedFields.between(BEFORE, bookkeepingOnly)).isEmpty();
        }

        @Test
        void nested_fields_named_like_bookkeeping_are_still_compared() {
            Doc otherProfileId = doc(new Profile("p-2", "Anna", ANNA.city()), BEFORE.tags(), BEFORE.title());

            assertThat(ChangedFields.between(BEFORE, otherProfileId)).containsExactly("profile.id");
        }

        @Test
        void comparing_different_record_types_is_refused() {
            assertThatThrownBy(() -> ChangedFields.between(BEFORE, new Other("doc-1", "Title")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_vetting_decision_names_the_vetting_fields_it_set() {
            var profile = new CompanyProfile("Garage Central SARL", null, Siret.of("81234567800013"),
                    CompanyKind.INDEPENDENT_GARAGE, null, null);
            Company pending = Company.register("company-1", profile, "recruiter", T0);

            Company verified = pending.decide(VettingStatus.VERIFIED, null, "advisor", T1);

            assertThat(ChangedFields.between(pending, verified))
                    .containsExactly("vetting.status", "vetting.decidedBy", "vetting.decidedAt");
        }
    }

    @Nested
    class ValueObjects {

        private School withWebsite(String website) {
            var profile = new SchoolProfile("École", SchoolKind.SOUND, null,
                    website == null ? null : WebAddress.of(website), null, null);
            return School.register("school-1", profile, "admin", T0);
        }

        @Test
        void setting_a_value_object_names_its_field() {
            assertThat(ChangedFields.between(withWebsite(null), withWebsite("https://a.example.fr")))
                    .containsExactly("profile.website");
        }
        @Test
        void replacing_a_value_object_names_the_same_field_as_setting_it() {
            assertThat(ChangedFields.between(withWebsite("https://a.example.fr"), withWebsite("https://b.example.fr")))
                    .containsExactly("profile.website");
        }
    }

    @Nested
    class SetIn {

        @Test
        void lists_the_non_null_top_level_fields_except_bookkeeping() {
            assertThat(ChangedFields.setIn(doc(ANNA, List.of(), null))).containsExactly("profile", "tags");
        }

        @Test
        void names_nested_records_whole() {
            assertThat(ChangedFields.setIn(BEFORE)).containsExactly("profile", "tags", "title");
        }

        @Test
        void a_record_of_bookkeeping_only_sets_nothing() {
            assertThat(ChangedFields.setIn(new Doc("doc-1", null, null, null, T0, T0, 0))).isEmpty();
        }
    }
}
