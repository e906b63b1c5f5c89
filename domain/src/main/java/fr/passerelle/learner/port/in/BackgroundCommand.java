package fr.passerelle.learner.port.in;

import fr.passerelle.learner.model.Background;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Certifications, experience and portfolio as sent; they replace the stored ones. */
public record BackgroundCommand(List<CertificationInput> certifications, List<ExperienceInput> experiences,
                                List<String> portfolio) {

    /** A certification as sent. */
    public record CertificationInput(String name, String issuer, LocalDate obtainedOn, LocalDate expiresOn) {
    }

    /** An experience as sent. */
    public record ExperienceInput(String title, String employer, Background.ExperienceKind kind, LocalDate startDate,
                                  LocalDate endDate, String description) {
    }

    /** The background checked: what happened in the person's past ({@link DateWindow#past}), ends and expiries
     * within their lifetime ({@link DateWindow#lifetime}). */
    public Background validate(LocalDate today) {
        var checks = new Checks();
        DateWindow past = DateWindow.past(today);
        DateWindow lifetime = DateWindow.lifetime(today);
        List<Background.Certification> cleanCertifications = new ArrayList<>();
        List<CertificationInput> givenCertifications = checks.list("certifications", certifications);
        for (int i = 0; i < givenCertifications.size(); i++) {
            CertificationInput c = givenCertifications.get(i);
            String path = "certifications." + i;
            String name = checks.text(path + ".name", c.name(), Limits.NAME);
            String issuer = checks.optionalText(path + ".issuer", c.issuer(), Limits.NAME);
            checks.date(path + ".obtainedOn", checks.required(path + ".obtainedOn", c.obtainedOn()), past);
            checks.date(path + ".expiresOn", c.expiresOn(), lifetime);
            if (c.obtainedOn() != null && c.expiresOn() != null && c.expiresOn().isBefore(c.obtainedOn())) {
                checks.add(path + ".expiresOn", ErrorCode.INVALID, "error.certification.expiry-before-obtained");
            }
            cleanCertifications.add(new Background.Certification(name, issuer, c.obtainedOn(), c.expiresOn()));
        }
        List<Background.Experience> cleanExperiences = new ArrayList<>();
        List<ExperienceInput> givenExperiences = checks.list("experiences", experiences);
        for (int i = 0; i < givenExperiences.size(); i++) {
            ExperienceInput e = givenExperiences.get(i);
            String path = "experiences." + i;
            String title = checks.text(path + ".title", e.title(), Limits.NAME);
            String employer = checks.text(path + ".employer", e.employer(), Limits.NAME);
            checks.required(path + ".kind", e.kind());
            checks.date(path + ".startDate", checks.required(path + ".startDate", e.startDate()), past);
            checks.date(path + ".endDate", e.endDate(), lifetime);
            if (e.startDate() != null && e.endDate() != null && e.endDate().isBefore(e.startDate())) {
                checks.add(path + ".endDate", ErrorCode.INVALID, "error.date.end-before-start");
            }
            String description = checks.optionalText(path + ".description", e.description(), Limits.LONG_TEXT,
                    TextKind.PROSE);
            cleanExperiences.add(new Background.Experience(title, employer, e.kind(), e.startDate(), e.endDate(),
                    description));
        }
        List<WebAddress> links = new ArrayList<>();
        List<String> givenLinks = checks.list("portfolio", portfolio);
        for (int i = 0; i < givenLinks.size(); i++) {
            WebAddress link = checks.parse("portfolio." + i, givenLinks.get(i), WebAddress::of);
            if (link != null && !links.contains(link)) {
                links.add(link);
            }
        }
        checks.throwIfAny();
        return new Background(cleanCertifications, cleanExperiences, links);
    }
}
