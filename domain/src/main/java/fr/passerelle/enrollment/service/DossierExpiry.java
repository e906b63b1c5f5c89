package fr.passerelle.enrollment.service;

import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;

/** Fires the reminder scheduled the day after an accepted document's last valid day: marks it expired (once). */
public class DossierExpiry implements ReminderHandler {

    private final DossierService dossiers;

    public DossierExpiry(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public String kind() {
        return DossierService.EXPIRY_REMINDER;
    }

    @Override
    public void fire(Reminder reminder) {
        dossiers.expire(reminder.attribute(DossierService.DOCUMENT_ID));
    }
}
