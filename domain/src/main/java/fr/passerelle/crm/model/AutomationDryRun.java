package fr.passerelle.crm.model;

import java.time.Instant;
import java.util.List;

/**
 * What a rule would have done over a school's recent trigger events, judged on today's facts (the deal and contact
 * as they are now, not as they were then). Nothing is stored or changed.
 *
 * @param hits      the events the rule would have acted on or skipped, newest first (those of other triggers are
 *                  left out)
 * @param scanned   how many events were read
 * @param truncated whether older events of the window were left unread ({@link #MAX_SCANNED} at most are read)
 */
public record AutomationDryRun(Instant from, List<Hit> hits, int scanned, boolean truncated) {

    /** How far back a dry run looks. */
    public static final int DAYS = 30;
    /** At most this many events are judged per dry run. */
    public static final int MAX_SCANNED = 200;

    public AutomationDryRun {
        hits = List.copyOf(hits);
    }

    /** One event and what the rule would have done with it. */
    public record Hit(AutomationEvent event, AutomationRun.Verdict verdict, List<AutomationAction> actions) {

        public Hit {
            actions = List.copyOf(actions);
        }
    }
}
