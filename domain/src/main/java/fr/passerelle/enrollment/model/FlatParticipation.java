package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The training account's flat participation (participation forfaitaire obligatoire): what a holder pays out of their
 * own pocket on every training bought with the account, whatever the account's balance. Dated data, since it is
 * indexed on prices every 1 January by an order (arrêté); the plan's date picks the amount:
 * <ul>
 *   <li>100.00 € from 2 May 2024 — décret n° 2024-394 du 29 avril 2024 (article R. 6323-2-1 of the Code du
 *       travail);</li>
 *   <li>102.23 € from 1 January 2025 — arrêté du 26 décembre 2024;</li>
 *   <li>103.20 € from 1 January 2026 — arrêté du 30 décembre 2025 (JO du 1er janvier 2026).</li>
 * </ul>
 * Before 2 May 2024 there was none. A new year's order adds one entry here.
 */
public final class FlatParticipation {

    private static final NavigableMap<LocalDate, Money> AMOUNTS = new TreeMap<>(Map.of(
            LocalDate.of(2024, 5, 2), Money.cents(10_000),
            LocalDate.of(2025, 1, 1), Money.cents(10_223),
            LocalDate.of(2026, 1, 1), Money.cents(10_320)));

    private FlatParticipation() {
    }

    /**
     * What the holder owes on a training bought on {@code day}: nothing without a training-account line, with an
     * exemption, or before the participation existed.
     */
    public static Money due(LocalDate day, List<FundingLine> lines, Set<ParticipationExemption> exemptions) {
        var amount = AMOUNTS.floorEntry(day);
        boolean usesTheAccount = lines.stream().anyMatch(line -> line.source() == FundingSource.TRAINING_ACCOUNT);
        if (amount == null || !usesTheAccount || !exemptions.isEmpty()) {
            return Money.cents(0);
        }
        return amount.getValue();
    }
}
