package fr.passerelle.crm.service;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactDraft;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.crm.model.DuplicateContactException;
import fr.passerelle.crm.port.in.ContactImports;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Imports contacts row by row through the same checks and duplicate detection as {@code contactCreate}. */
public class ContactImportService implements ContactImports {

    /** The file's column of each field of a draft, so a problem names the column people see. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("givenName", "given_name"),
            Map.entry("familyName", "family_name"), Map.entry("email", "email"), Map.entry("phone", "phone"),
            Map.entry("address.postalCode", "postal_code"), Map.entry("address.city", "city"),
            Map.entry("address", "postal_code"), Map.entry("birthYear", "birth_year"),
            Map.entry("situation", "situation"), Map.entry("source", "source"), Map.entry("campaign", "campaign"),
            Map.entry("tags", "tags"));

    private final ContactService contacts;
    private final ContactTags tags = new ContactTags();
    private final IdGenerator ids;
    private final Clock clock;

    public ContactImportService(ContactService contacts, IdGenerator ids, Clock clock) {
        this.contacts = contacts;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Report importRows(Actor actor, String schoolId, List<Row> rows) {
        CrmAccess.requireWork(actor, schoolId);
        if (rows.size() > MAX_ROWS) {
            throw BusinessRuleViolation.of("csv", ErrorCode.OUT_OF_RANGE, "error.crm.import.too-many-rows", MAX_ROWS);
        }
        Initiator by = actor.initiatorFor(Tenant.school(schoolId));
        LocalDate today = PlatformCalendar.today(clock);
        List<String> created = new ArrayList<>();
        List<Existing> existing = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (Row row : rows) {
            List<Problem> problems = new ArrayList<>();
            Integer year = number(row.birthYear(), "birth_year", problems);
            ContactSituation situation = choice(ContactSituation.class, row.situation(), "situation", problems);
            ContactSource source = choice(ContactSource.class, row.source(), "source", problems);
            ContactDetails details = null;
            Set<String> labels = Set.of();
            try {
                details = new ContactDraft(row.givenName(), row.familyName(), row.email(), row.phone(),
                        row.postalCode() == null && row.city() == null ? null
                                : new AddressDraft(null, row.postalCode(), row.city(), null, null, null),
                        year, situation, source == null ? ContactSource.IMPORT : source, row.campaign(), null, null,
                        null).validate(today);
                labels = tags.validated("tags", row.tags() == null ? List.of()
                        : Arrays.stream(row.tags().split(";")).filter(t -> !t.isBlank()).toList());
            } catch (BusinessRuleViolation broken) {
                broken.violations().forEach(v -> problems.add(problem(v)));
            }
            if (!problems.isEmpty()) {
                rejections.add(new Rejection(row.line(), problems));
                continue;
            }
            try {
                created.add(contacts.insert(Contact.create(ids.newId(), schoolId, details, Set.of(), null, labels,
                        actor.subject(), clock.instant()), by).id());
            } catch (DuplicateContactException duplicate) {
                existing.add(new Existing(row.line(), duplicate.existingId()));
            }
        }
        return new Report(rows.size(), created, existing, rejections);
    }

    private static Problem problem(Violation violation) {
        if (violation.field().isEmpty()) {
            return new Problem(null, violation.message());
        }
        String path = String.join(".", violation.field());
        String first = violation.field().get(0);
        return new Problem(COLUMNS.getOrDefault(path, COLUMNS.getOrDefault(first, first)), violation.message());
    }

    private static Integer number(String cell, String column, List<Problem> problems) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(cell.strip());
        } catch (NumberFormatException notANumber) {
            problems.add(new Problem(column, Message.of("error.crm.import.year")));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String cell, String column, List<Problem> problems) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, cell.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem(column, Message.of("error.crm.import.choice",
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()))));
            return null;
        }
    }
}
