package fr.passerelle.catalog.model;

/** A block of competencies of a certification (e.g. {@code RNCP35910BC01}), certifiable on its own. */
public record CompetencyBlock(String code, String title) {

    /** A certification's blocks, at most. */
    public static final int MAX = 30;
}
