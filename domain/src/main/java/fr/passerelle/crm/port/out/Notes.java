package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.Note;

/** Where notes are kept. */
public interface Notes extends ContactRecords<Note> {
}
