package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.School;
import fr.passerelle.school.port.out.Schools;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * For D124-2: the teaching hours per academic year of each agreement's intern's program, as the agreement's school
 * records it, read through the learner and school out-ports in two reads whatever the number of agreements. An intern
 * without a program, a program the school does not list or without hours has no entry: the rule then warns.
 */
final class ProgramTeachingHours {

    private final Learners learners;
    private final Schools schools;

    ProgramTeachingHours(Learners learners, Schools schools) {
        this.learners = Objects.requireNonNull(learners, "learners");
        this.schools = Objects.requireNonNull(schools, "schools");
    }

    /** The hours by agreement id, for the agreements whose program and hours are recorded. */
    Map<String, Integer> of(Collection<Agreement> agreements) {
        Map<String, Learner> interns = learners.findAllById(agreements.stream().map(Agreement::learnerId).distinct()
                .toList()).stream().collect(Collectors.toMap(Learner::id, Function.identity()));
        Map<String, School> hostsSchools = schools.findAllById(agreements.stream().map(Agreement::schoolId)
                .distinct().toList()).stream().collect(Collectors.toMap(School::id, Function.identity()));
        Map<String, Integer> hours = new HashMap<>();
        for (Agreement agreement : agreements) {
            Learner intern = interns.get(agreement.learnerId());
            School school = hostsSchools.get(agreement.schoolId());
            String code = intern == null ? null : intern.academic().programCode();
            if (school == null || code == null) {
                continue;
            }
            school.programs().stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst()
                    .map(Program::teachingHoursPerYear).ifPresent(h -> hours.put(agreement.id(), h));
        }
        return hours;
    }
}
