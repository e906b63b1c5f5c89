package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a training contract says, copied from the programme, the session, the enrollment and its funding when it is
 * sent: the contract keeps what was agreed even when the catalogue changes later, and the PDF is rendered from this
 * alone (the same particulars give the same bytes).
 *
 * @param organisationAddress the organisation's address on one line, null when the school wrote none
 * @param certification the RNCP or RS code, null for a programme leading to no registered certification
 * @param level         the certification's level (3 to 8), null when not certifying
 * @param prerequisites the level of knowledge required to follow it (art. L6353-4, 4°), null when none
 * @param modalities    the modality codes (ON_SITE, DISTANCE, BLENDED)
 * @param place         where it is given on one line, null at a distance
 * @param trainerQualifications the trainers' titles and qualifications (art. L6353-4, 7°), as the school states them
 * @param learnerPart   what the person (INDIVIDUAL) or the company (COMPANY) pays the organisation
 * @param companyName   the company party to a {@link ContractKind#COMPANY} convention, else null
 */
public record ContractParticulars(String organisationName, String organisationAddress, String learnerName,
                                  String programmeTitle, String certification, Integer level, String certifyingBody,
                                  String objectives, String prerequisites, Integer durationHours,
                                  List<String> modalities, String teachingMethods, String assessmentMethods,
                                  String trainerQualifications, LocalDate start, LocalDate end, String place,
                                  Money price, Money learnerPart, InstalmentOption instalments,
                                  Set<FundingSource> sources, String companyName) {

    public ContractParticulars {
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(learnerName, "learnerName");
        Objects.requireNonNull(programmeTitle, "programmeTitle");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(learnerPart, "learnerPart");
        modalities = modalities == null ? List.of() : List.copyOf(modalities);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
    }
}
