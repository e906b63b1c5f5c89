package fr.passerelle.crm.port.out;

import java.util.Collection;
import java.util.Set;

/** Which contacts exist in a school: deals and tasks only point to the school's own contacts. */
public interface DealContacts {

    /** Those of {@code contactIds} that are contacts of the school. */
    Set<String> existing(String schoolId, Collection<String> contactIds);
}
