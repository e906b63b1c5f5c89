package fr.passerelle.learner.port.in;

import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.learner.model.SkillCatalog;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One skill of the catalog as sent; habilitations need their expiry date, other skills must not have one. */
public record SkillCommand(String code, ProficiencyLevel level, List<EvidenceInput> evidence, LocalDate expiresOn) {

    /** What backs the skill up, as sent. */
    public record EvidenceInput(LearnerSkill.EvidenceKind kind, String description, String url) {
    }

    /** The skill checked; an expiry date falls within the person's lifetime ({@link DateWindow#lifetime}). */
    public LearnerSkill validate(LocalDate today) {
        var checks = new Checks();
        checks.date("expiresOn", expiresOn, DateWindow.lifetime(today));
        var skill = SkillCatalog.find(code == null ? "" : code.strip());
        if (skill.isEmpty()) {
            checks.add("code", ErrorCode.INVALID, "error.skill.unknown");
        }
        checks.required("level", level);
        if (skill.isPresent() && skill.get().expires() && expiresOn == null) {
            checks.add("expiresOn", ErrorCode.REQUIRED, "error.skill.expiry-required", skill.get().label());
        }
        if (skill.isPresent() && !skill.get().expires() && expiresOn != null) {
            checks.add("expiresOn", ErrorCode.INVALID, "error.skill.expiry-forbidden", skill.get().label());
        }
        List<LearnerSkill.Evidence> proofs = new ArrayList<>();
        List<EvidenceInput> given = checks.list("evidence", evidence);
        for (int i = 0; i < given.size(); i++) {
            EvidenceInput e = given.get(i);
            String path = "evidence." + i;
            checks.required(path + ".kind", e.kind());
            String description = checks.text(path + ".description", e.description(), Limits.NAME);
            var url = checks.parse(path + ".url", e.url() == null || e.url().isBlank() ? null : e.url(),
                    WebAddress::of);
            proofs.add(new LearnerSkill.Evidence(e.kind(), description, url));
        }
        checks.throwIfAny();
        return new LearnerSkill(skill.get().code(), level, proofs, expiresOn);
    }
}
