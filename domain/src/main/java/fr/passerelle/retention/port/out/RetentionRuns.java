package fr.passerelle.retention.port.out;

import fr.passerelle.retention.model.RetentionRun;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;

/** The reports of the retention job's runs, newest first. */
public interface RetentionRuns {

    /** Stores the report; idempotent on its id (a run replayed after a crash reports once). */
    void record(RetentionRun run);

    Page<RetentionRun> newestFirst(Paging paging);
}
