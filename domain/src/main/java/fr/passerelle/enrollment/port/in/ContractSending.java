package fr.passerelle.enrollment.port.in;

import fr.passerelle.enrollment.model.ContractParty;
import java.util.List;

/**
 * What staff say when sending an enrollment's training contract, beyond what the enrollment, its programme, session
 * and funding already hold. Everything is optional where a default exists.
 *
 * @param expectedVersion      the enrollment's version the sender saw (the contract follows that enrollment)
 * @param circuit              the signing steps, each its parties signing in parallel; null for the default: the
 *                             learner, then the company (a convention), then the organisation
 * @param organisation         the school admin who signs for the organisation, by e-mail; null for the sender, when a
 *                             school admin
 * @param legalRepresentative  who signs for a minor learner
 * @param company              the company's representative, for a convention with the employer
 * @param companyName          the company party to a convention
 * @param trainerQualifications the trainers' titles and qualifications the contract states (art. L6353-4)
 */
public record ContractSending(Long expectedVersion, List<List<ContractParty>> circuit, Person organisation,
                              Person legalRepresentative, Person company, String companyName,
                              String trainerQualifications) {

    /** Someone who signs, named as they sign. */
    public record Person(String name, String email) {
    }
}
