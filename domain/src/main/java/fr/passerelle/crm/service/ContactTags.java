package fr.passerelle.crm.service;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Tags as typed: one-line labels of at most {@link Limits#CODE} characters, at most {@link Contact#MAX_TAGS}. */
final class ContactTags {

    /** The labels, trimmed and without repeats. @throws fr.passerelle.shared.validation.BusinessRuleViolation */
    Set<String> validated(String path, List<String> labels) {
        var checks = new Checks();
        List<String> clean = checks.texts(path, labels, Limits.CODE);
        if (clean.size() > Contact.MAX_TAGS) {
            checks.add(path, ErrorCode.OUT_OF_RANGE, "error.crm.contact.too-many-tags", Contact.MAX_TAGS);
        }
        checks.throwIfAny();
        return new LinkedHashSet<>(clean);
    }
}
