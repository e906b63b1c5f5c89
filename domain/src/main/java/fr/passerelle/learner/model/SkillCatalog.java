package fr.passerelle.learner.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The skills learners declare and offers will require: one shared vocabulary, so a learner's "diagnostic
 * électronique" and an offer's are the same skill. Habilitations are valid for a limited time (electrical
 * habilitations: {@value #HABILITATION_VALIDITY_YEARS} years, the recommended recycling period of NF C 18-550).
 */
public final class SkillCatalog {

    public static final int HABILITATION_VALIDITY_YEARS = 3;

    /** A skill of the catalog. */
    public record Skill(String code, String label, SkillCategory category) {

        public boolean expires() {
            return category == SkillCategory.HABILITATION;
        }
    }

    private static final Map<String, Skill> SKILLS = List.of(
            technical("auto-diagnostic", "Diagnostic électronique automobile"),
            technical("auto-maintenance", "Maintenance des véhicules légers"),
            technical("auto-brakes", "Freinage et liaisons au sol"),
            technical("auto-air-conditioning", "Climatisation automobile"),
            technical("auto-electric-vehicles", "Véhicules électriques et hybrides"),
            technical("sound-recording", "Prise de son"),
            technical("sound-mixing", "Mixage"),
            technical("lighting-design", "Éclairage scénique"),
            technical("video-editing", "Montage vidéo"),
            technical("color-grading", "Étalonnage"),
            software("pro-tools", "Pro Tools"),
            software("ableton-live", "Ableton Live"),
            software("davinci-resolve", "DaVinci Resolve"),
            software("avid-media-composer", "Avid Media Composer"),
            software("grandma3", "grandMA3"),
            software("diagbox", "Outils de diagnostic constructeur"),
            habilitation("elec-b0l", "Habilitation électrique B0L"),
            habilitation("elec-b1vl", "Habilitation électrique B1VL"),
            habilitation("elec-b2vl", "Habilitation électrique B2VL"),
            habilitation("elec-bcl", "Habilitation électrique BCL"))
            .stream().collect(Collectors.toMap(Skill::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));

    private SkillCatalog() {
    }

    public static Optional<Skill> find(String code) {
        return Optional.ofNullable(SKILLS.get(code));
    }

    /** The skills of a category (all when null), by label. */
    public static List<Skill> list(SkillCategory category) {
        return SKILLS.values().stream().filter(s -> category == null || s.category() == category)
                .sorted(Comparator.comparing(Skill::label)).toList();
    }

    private static Skill technical(String code, String label) {
        return new Skill(code, label, SkillCategory.TECHNICAL);
    }

    private static Skill software(String code, String label) {
        return new Skill(code, label, SkillCategory.SOFTWARE);
    }

    private static Skill habilitation(String code, String label) {
        return new Skill(code, label, SkillCategory.HABILITATION);
    }
}
