package fr.passerelle.enrollment.funder;

/** Gives the end-to-end tests the funders' time's test-only rewind, which production code cannot reach. */
public final class FundersTimeRewind {

    private FundersTimeRewind() {
    }

    public static void rewind(FundersTime time) {
        time.rewind();
    }
}
