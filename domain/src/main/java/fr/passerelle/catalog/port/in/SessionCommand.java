package fr.passerelle.catalog.port.in;

import fr.passerelle.catalog.model.FunderReferences;
import fr.passerelle.catalog.model.WeeklySlot;
import fr.passerelle.shared.model.AddressDraft;
import java.time.LocalDate;
import java.util.List;

/** A session's details as a client sends them, checked by the use case ({@code SessionDetails.validated}). */
public record SessionCommand(LocalDate startOn, LocalDate endOn, List<WeeklySlot> schedule, AddressDraft place,
                             boolean distance, Integer capacity, List<String> trainers, FunderReferences funders) {
}
