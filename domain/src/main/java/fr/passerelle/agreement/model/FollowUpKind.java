package fr.passerelle.agreement.model;

/**
 * The steps of an internship's follow-up (seed 000, phase 5), each due some days after the first day: the school's
 * referent calls in week 1, visits (or calls by video) in week 2, reviews the internship at mid-term in week 4, the
 * tutor evaluates skills in week 6, and all three meet on the last day.
 */
public enum FollowUpKind {
    /** Week 1: the referent checks how the intern settled in. */
    ADAPTATION_CALL(6, FollowUpOwner.REFERENT),
    /** Week 2: the referent visits the host, or meets by video. */
    VISIT(13, FollowUpOwner.REFERENT),
    /** Week 4: mid-term review with the intern and the tutor. */
    MID_TERM_REVIEW(27, FollowUpOwner.REFERENT),
    /** Week 6: the tutor evaluates the skills acquired so far. */
    SKILLS_EVALUATION(41, FollowUpOwner.TUTOR),
    /** Last day: intern, tutor and referent review the internship together. */
    TRIPARTITE_REVIEW(-1, FollowUpOwner.REFERENT);

    private final int daysAfterStart;
    private final FollowUpOwner owner;

    FollowUpKind(int daysAfterStart, FollowUpOwner owner) {
        this.daysAfterStart = daysAfterStart;
        this.owner = owner;
    }

    /** Days after the first day the step is due by; -1 for the last day of the internship. */
    public int daysAfterStart() {
        return daysAfterStart;
    }

    public FollowUpOwner owner() {
        return owner;
    }

    /** Who carries out a follow-up step. */
    public enum FollowUpOwner {
        /** The school's referent teacher. */
        REFERENT,
        /** The tutor at the host. */
        TUTOR
    }
}
