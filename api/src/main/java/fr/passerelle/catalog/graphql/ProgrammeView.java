package fr.passerelle.catalog.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.catalog.model.Accessibility;
import fr.passerelle.catalog.model.CompetencyBlock;
import fr.passerelle.catalog.model.Modality;
import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeDetails;
import fr.passerelle.catalog.model.ProgrammePrice;
import fr.passerelle.catalog.model.ProgrammeState;
import fr.passerelle.catalog.model.PublicationRules;
import fr.passerelle.catalog.model.PublishedResults;
import java.time.Instant;
import java.util.List;

/** GraphQL {@code Programme}; {@code sessions} is resolved on read. */
public record ProgrammeView(String id, String title, String certificationCode, Integer level, String certifyingBody,
                            String objectives, List<CompetencyBlock> competencyBlocks, String prerequisites,
                            Integer durationHours, List<Modality> modalities, ProgrammePrice price,
                            Integer accessDelayDays, Accessibility accessibility, String teachingMethods,
                            String assessmentMethods, String contact, PublishedResults results, ProgrammeState state,
                            List<String> missingForPublication, Instant createdAt, Instant updatedAt,
                            Instant publishedAt, long version, String localId) {

    public static final String TYPE = "Programme";

    public static ProgrammeView of(Programme programme) {
        ProgrammeDetails d = programme.details();
        return new ProgrammeView(GlobalIds.encode(TYPE, programme.id()), d.title(),
                d.certification() == null ? null : d.certification().value(), d.level(), d.certifyingBody(),
                d.objectives(), d.competencyBlocks(), d.prerequisites(), d.durationHours(),
                d.modalities().stream().sorted().toList(), d.price(), d.accessDelayDays(), d.accessibility(),
                d.teachingMethods(), d.assessmentMethods(), d.contact(), programme.results(), programme.state(),
                PublicationRules.missing(d), programme.createdAt(), programme.updatedAt(), programme.publishedAt(),
                programme.version(), programme.id());
    }
}
