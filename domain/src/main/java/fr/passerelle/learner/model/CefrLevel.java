package fr.passerelle.learner.model;

/** Common European Framework of Reference levels, plus native speakers. */
public enum CefrLevel {
    A1, A2, B1, B2, C1, C2, NATIVE;

    public boolean atLeast(CefrLevel other) {
        return compareTo(other) >= 0;
    }
}
