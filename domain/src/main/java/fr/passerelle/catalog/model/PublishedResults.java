package fr.passerelle.catalog.model;

/**
 * The results a programme publishes (Qualiopi indicators 2 and 3): rates in percent, each null until measured, with
 * the period they cover and their source. Filled by the insertion and KPI features from their own records, never
 * typed in here.
 */
public record PublishedResults(Integer successRatePercent, Integer insertionRatePercent,
                               Integer satisfactionRatePercent, String period, String source) {

    public static final PublishedResults NONE = new PublishedResults(null, null, null, null, null);
}
