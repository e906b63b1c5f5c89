package fr.passerelle.agreement.pdf;

import fr.passerelle.shared.model.Address;

/**
 * What the agreement prints (art. D124-4) but does not hold itself: the addresses of the school, the host and the
 * intern, and the intern's programme, read from the school, company and learner records when the document is
 * rendered. The rendered document is archived and its hash signed, so later changes to those records do not alter
 * a document already sent. Any part may be null when the platform does not know it.
 *
 * @param program        "BTS Conception et réalisation de systèmes automatiques (niveau 5, 24 mois)"
 * @param graduationYear the year the intern's programme ends, as the learner's profile records it
 */
record Particulars(Address school, Address host, Address learner, String program, Integer graduationYear) {

    static final Particulars UNKNOWN = new Particulars(null, null, null, null, null);
}
