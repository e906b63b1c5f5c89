package fr.passerelle.learner.port.in;

import fr.passerelle.membership.model.Actor;
import java.util.List;

/** Bulk import of a school's students from its information system. */
public interface RosterImports {

    /** The most rows one import takes: enough for a large school's intake, bounded for memory and time. */
    int MAX_ROWS = 10_000;

    /**
     * Creates or updates the school's learners row by row, matching on the school's external student id, so
     * importing the same file again updates and never duplicates. Rows that break a rule are rejected with their
     * reasons and change nothing; the others are applied. School admins and platform admins only.
     */
    RosterImportReport importRoster(Actor actor, String schoolId, List<RosterRow> rows);
}
