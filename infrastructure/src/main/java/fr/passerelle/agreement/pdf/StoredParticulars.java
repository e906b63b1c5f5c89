package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.Site;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.School;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.model.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The particulars from the platform's own records, three reads by id per document: the school's address, the
 * host's first site (a company records no head office; its sites are where it receives people), the intern's
 * address and programme (the learner's programme code, looked up in the agreement's school).
 */
@Component
class StoredParticulars implements ParticularsSource {

    private final Schools schools;
    private final Companies companies;
    private final Learners learners;

    StoredParticulars(Schools schools, Companies companies, Learners learners) {
        this.schools = schools;
        this.companies = companies;
        this.learners = learners;
    }

    @Override
    public Particulars of(Agreement agreement) {
        Optional<School> school = schools.findById(agreement.schoolId());
        Optional<Learner> learner = learners.findById(agreement.learnerId());
        Address host = Optional.ofNullable(agreement.companyId()).flatMap(companies::findById)
                .map(Company::sites).flatMap(sites -> sites.stream().findFirst()).map(Site::address).orElse(null);
        String programCode = learner.map(l -> l.academic().programCode()).orElse(null);
        String program = school.flatMap(s -> s.programs().stream()
                .filter(p -> p.code().equalsIgnoreCase(String.valueOf(programCode))).findFirst())
                .map(StoredParticulars::describe).orElse(programCode);
        return new Particulars(school.map(s -> s.profile().address()).orElse(null), host,
                learner.map(l -> l.identity().address()).orElse(null), program,
                learner.map(l -> l.academic().graduationYear()).orElse(null));
    }

    private static String describe(Program program) {
        List<String> details = new ArrayList<>();
        if (FrenchFormat.isStated(program.level())) {
            details.add("niveau " + program.level());
        }
        if (program.durationMonths() != null) {
            details.add(program.durationMonths() + " mois");
        }
        return program.name() + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
    }
}
