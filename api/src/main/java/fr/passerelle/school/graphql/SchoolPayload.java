package fr.passerelle.school.graphql;

import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.school.model.School;
import java.util.List;

/** Payload of every mutation that returns a school. */
record SchoolPayload(List<UserErrorView> userErrors, SchoolView school) {

    static SchoolPayload of(List<UserErrorView> userErrors, School school) {
        return new SchoolPayload(userErrors, school == null ? null : SchoolView.of(school));
    }
}
