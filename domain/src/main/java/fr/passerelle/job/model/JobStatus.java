package fr.passerelle.job.model;

/** Where a background job stands. */
public enum JobStatus {
    /** Waiting for its due time (a first run or a retry). */
    SCHEDULED,
    /** Claimed by an instance, under a lease that another instance may take over once expired. */
    RUNNING,
    /** Done; kept for a while, then swept. */
    DONE,
    /** Cancelled before it ran (a reminder whose subject was done). */
    CANCELLED,
    /** Failed too many times; waits for an administrator to replay it. */
    PARKED
}
