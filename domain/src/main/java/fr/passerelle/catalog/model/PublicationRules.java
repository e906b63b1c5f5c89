package fr.passerelle.catalog.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a programme must say before the public sees it: the one list of the fields publication requires, each
 * reported REQUIRED under its path when it is missing, all at once.
 *
 * <p>Sources:
 * <ul>
 *   <li>Qualiopi, référentiel national qualité (décret n° 2019-564 and its guide de lecture), indicator 1 — "the
 *       provider publishes accessible, detailed and verifiable information on its services: prerequisites,
 *       objectives, duration, modalities and access delays, prices, contacts, methods used and assessment
 *       modalities, accessibility to people with disabilities"; for certifying programmes the guide adds the
 *       certification's exact title, its RNCP/RS code and its certifier's name;</li>
 *   <li>the training account's catalogue (EDOF, Mon Compte Formation, "Comment rédiger mes offres de formation sur
 *       EDOF"): the offer level requires the certification targeted, its objectives, its content (here the
 *       competency blocks) and expected results; the action level its prerequisites, price, organisation (duration)
 *       and teaching modalities (distance, on site…). The session level (dates, place) belongs to sessions.</li>
 * </ul>
 * The certification's level and blocks are asked only of certifying programmes (a non-certifying one is not on the
 * training account's catalogue).
 */
public final class PublicationRules {

    /** One required field: its path in the programme's input, and whether the details have it. */
    private record Rule(String path, Predicate<ProgrammeDetails> present) {
    }

    private static final List<Rule> ALWAYS = List.of(
            new Rule("title", d -> d.title() != null),
            new Rule("objectives", d -> d.objectives() != null),
            new Rule("prerequisites", d -> d.prerequisites() != null),
            new Rule("durationHours", d -> d.durationHours() != null),
            new Rule("modalities", d -> !d.modalities().isEmpty()),
            new Rule("accessDelayDays", d -> d.accessDelayDays() != null),
            new Rule("price", d -> d.price() != null),
            new Rule("contact", d -> d.contact() != null),
            new Rule("teachingMethods", d -> d.teachingMethods() != null),
            new Rule("assessmentMethods", d -> d.assessmentMethods() != null),
            new Rule("accessibility.referentContact",
                    d -> d.accessibility() != null && d.accessibility().referentContact() != null),
            new Rule("accessibility.arrangements",
                    d -> d.accessibility() != null && d.accessibility().arrangements() != null));

    private static final List<Rule> CERTIFYING = List.of(
            new Rule("level", d -> d.level() != null),
            new Rule("certifyingBody", d -> d.certifyingBody() != null),
            new Rule("competencyBlocks", d -> !d.competencyBlocks().isEmpty()));

    private PublicationRules() {
    }

    /** The paths of the required fields the details lack, in the order above; empty when they may be published. */
    public static List<String> missing(ProgrammeDetails details) {
        List<String> missing = new ArrayList<>();
        ALWAYS.stream().filter(rule -> !rule.present().test(details)).forEach(rule -> missing.add(rule.path()));
        if (details.certifying()) {
            CERTIFYING.stream().filter(rule -> !rule.present().test(details)).forEach(rule -> missing.add(rule.path()));
        }
        return missing;
    }

    /** @throws BusinessRuleViolation listing every missing field, when any is */
    public static void requirePublishable(ProgrammeDetails details) {
        List<String> missing = missing(details);
        if (!missing.isEmpty()) {
            throw new BusinessRuleViolation(missing.stream().map(path -> Violation.of(path, ErrorCode.REQUIRED,
                    "error.catalog.required-to-publish")).toList());
        }
    }
}
