package fr.passerelle.catalog.model;

import fr.passerelle.shared.model.Money;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** Programmes and sessions as the domain tests use them. */
public final class CatalogSamples {

    static final WeeklySlot MONDAY_MORNING = new WeeklySlot(DayOfWeek.MONDAY, HalfDay.MORNING, LocalTime.of(9, 0),
            LocalTime.of(12, 30));

    private CatalogSamples() {
    }

    /** MécaFormation's garage team coaching, complete: publishable. */
    static ProgrammeDetails garageTeam() {
        return new ProgrammeDetails("Coaching équipe garage", null, null, null, "Organiser l'atelier",
                List.of(), "Être salarié d'un garage", 35, Set.of(Modality.BLENDED),
                new ProgrammePrice(Money.euros(1_490), PriceBasis.PER_GROUP, 8), 15,
                new Accessibility("Claire Martin, referent@mecaformation.example", "Atelier de plain-pied"),
                "Ateliers pratiques", "Mise en situation", "contact@mecaformation.example");
    }

    static ProgrammeDetails blank(String title) {
        return new ProgrammeDetails(title, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public static Session openSession(int capacity) {
        SessionDetails details = new SessionDetails(new fr.passerelle.shared.model.DateRange(
                LocalDate.of(2026, 5, 11), LocalDate.of(2026, 6, 26)), List.of(MONDAY_MORNING), null, true, capacity,
                List.of(), null);
        return Session.plan("s1", "school-1", "p1", details, "admin", java.time.Instant.EPOCH)
                .opened(java.time.Instant.EPOCH);
    }
}
