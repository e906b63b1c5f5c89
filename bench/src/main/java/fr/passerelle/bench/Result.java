package fr.passerelle.bench;

/**
 * One line of the table.
 *
 * @param figures what was measured, with the ratio the target is about
 * @param target  the target, or what is only recorded
 */
record Result(String benchmark, String figures, String target, Verdict verdict) {

    enum Verdict {
        PASS, MISS,
        /** No target: the figure is recorded to follow its trend. */
        RECORDED;

        static Verdict of(boolean met) {
            return met ? PASS : MISS;
        }
    }
}
