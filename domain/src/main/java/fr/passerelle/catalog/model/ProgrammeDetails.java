package fr.passerelle.catalog.model;

import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a school writes about a programme. A draft may leave anything but its title blank; publishing requires what
 * {@link PublicationRules} lists. Every value is bounded here, whatever the state.
 *
 * @param certification null for a programme that leads to no registered certification
 * @param level         the French / EQF level of the certification, 3 to 8; null for a non-certifying programme
 */
public record ProgrammeDetails(String title, CertificationCode certification, Integer level, String certifyingBody,
                               String objectives, List<CompetencyBlock> competencyBlocks, String prerequisites,
                               Integer durationHours, Set<Modality> modalities, ProgrammePrice price,
                               Integer accessDelayDays, Accessibility accessibility, String teachingMethods,
                               String assessmentMethods, String contact) {

    /** The longest programme: a two-year apprenticeship is about 1,400 hours; this leaves room, not absurdity. */
    public static final int MAX_HOURS = 5_000;
    /** The longest access delay a school may announce (a year). */
    public static final int MAX_ACCESS_DELAY_DAYS = 365;

    public ProgrammeDetails {
        competencyBlocks = competencyBlocks == null ? List.of() : List.copyOf(competencyBlocks);
        modalities = modalities == null || modalities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modalities));
    }

    /** The raw details checked and cleaned, every problem reported at once under its field's path. */
    public static ProgrammeDetails validated(ProgrammeDetails raw) {
        var checks = new Checks();
        String title = checks.text("title", raw.title(), Limits.NAME);
        Integer level = checks.count("level", raw.level(), 3, 8);
        String body = checks.optionalText("certifyingBody", raw.certifyingBody(), Limits.NAME);
        String objectives = checks.optionalText("objectives", raw.objectives(), Limits.LONG_TEXT, TextKind.PROSE);
        List<CompetencyBlock> blocks = blocks(checks, raw.competencyBlocks());
        String prerequisites = checks.optionalText("prerequisites", raw.prerequisites(), Limits.LONG_TEXT,
                TextKind.PROSE);
        Integer hours = checks.count("durationHours", raw.durationHours(), 1, MAX_HOURS);
        ProgrammePrice price = checks.parse("price", raw.price(), ProgrammePrice::validated);
        Integer delay = checks.count("accessDelayDays", raw.accessDelayDays(), 0, MAX_ACCESS_DELAY_DAYS);
        Accessibility accessibility = raw.accessibility() == null ? null : new Accessibility(
                checks.optionalText("accessibility.referentContact", raw.accessibility().referentContact(),
                        Limits.NAME),
                checks.optionalText("accessibility.arrangements", raw.accessibility().arrangements(),
                        Limits.LONG_TEXT, TextKind.PROSE));
        String methods = checks.optionalText("teachingMethods", raw.teachingMethods(), Limits.LONG_TEXT,
                TextKind.PROSE);
        String assessment = checks.optionalText("assessmentMethods", raw.assessmentMethods(), Limits.LONG_TEXT,
                TextKind.PROSE);
        String contact = checks.optionalText("contact", raw.contact(), Limits.NAME);
        if (raw.certification() == null && level != null) {
            checks.add("level", ErrorCode.INVALID, "error.catalog.level-without-certification");
        }
        checks.throwIfAny();
        return new ProgrammeDetails(title, raw.certification(), level, body, objectives, blocks, prerequisites, hours,
                raw.modalities(), price, delay, accessibility, methods, assessment, contact);
    }

    public boolean certifying() {
        return certification != null;
    }

    private static List<CompetencyBlock> blocks(Checks checks, List<CompetencyBlock> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > CompetencyBlock.MAX) {
            checks.add("competencyBlocks", ErrorCode.OUT_OF_RANGE, "error.list.too-long", CompetencyBlock.MAX);
            return List.of();
        }
        List<CompetencyBlock> clean = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String code = checks.text("competencyBlocks." + i + ".code", raw.get(i).code(), Limits.CODE);
            String title = checks.text("competencyBlocks." + i + ".title", raw.get(i).title(), Limits.NAME);
            if (code != null && !codes.add(code)) {
                checks.add("competencyBlocks." + i + ".code", ErrorCode.DUPLICATE, "error.catalog.block-repeated");
            }
            clean.add(new CompetencyBlock(code, title));
        }
        return clean;
    }
}
