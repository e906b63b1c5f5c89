package fr.passerelle.enrollment.model;

import fr.passerelle.catalog.model.ProgrammePrice;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who pays what of a training's price. Its invariant holds after every change: the lines add up to the price exactly,
 * in Money (no rounding anywhere). The funders' lines are entered, one per source; the {@link FundingSource#LEARNER}
 * line is the remainder, recomputed on every change and never negative, so a mix of funders above the price is
 * refused rather than cut.
 * <p>
 * With a {@link FundingSource#TRAINING_ACCOUNT} line, the holder owes the account's {@link FlatParticipation} unless
 * an exemption applies; it is part of the learner's remainder, so the funders together leave at least that much to the
 * learner. The holder pays it on Mon Compte Formation when accepting the training (at once, never in instalments), so
 * the organisation schedules only the rest ({@link #learnerPartPaidToOrganisation()}).
 * <p>
 * Immutable: every change answers a {@link FundingChange}, a new plan or the violations with their field paths (the
 * paths of the change's input: {@code source}, {@code amount}, {@code funderReference}, {@code price}).
 */
public final class FundingPlan {

    static final Currency EUR = Currency.getInstance("EUR");
    /** Funders' numbers: folder, quote and agreement numbers are short codes. */
    static final int MAX_REFERENCE_LENGTH = 50;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    /**
     * A training costs at most what the catalogue lets a programme cost. With the price bounded and every line at most
     * the price, the few lines' sum stays far from overflowing a long.
     */
    private static final long MAX_PRICE_CENTS = ProgrammePrice.MAX_EUROS * 100;

    private final Money price;
    private final LocalDate date;
    private final List<FundingLine> funders;
    private final Set<ParticipationExemption> exemptions;

    private FundingPlan(Money price, LocalDate date, List<FundingLine> funders,
                        Set<ParticipationExemption> exemptions) {
        this.price = price;
        this.date = date;
        this.funders = funders.stream().sorted(Comparator.comparing(FundingLine::source)).toList();
        this.exemptions = exemptions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exemptions));
    }

    /**
     * A plan where the learner pays the whole price.
     *
     * @param date the day the plan is made, which picks the flat participation's amount
     */
    public static FundingChange create(Money price, LocalDate date, Set<ParticipationExemption> exemptions) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(exemptions, "exemptions");
        List<Violation> violations = new ArrayList<>();
        if (price == null) {
            violations.add(Violation.of("price", ErrorCode.REQUIRED, "error.value.required"));
        } else if (!price.currency().equals(EUR)) {
            violations.add(Violation.of("price", ErrorCode.INVALID, "error.funding.currency"));
        } else if (!price.isPositive()) {
            violations.add(Violation.of("price", ErrorCode.OUT_OF_RANGE, "error.funding.amount-positive"));
        } else if (price.amountInMinorUnits() > MAX_PRICE_CENTS) {
            violations.add(Violation.of("price", ErrorCode.OUT_OF_RANGE, "error.catalog.price",
                    ProgrammePrice.MAX_EUROS));
        }
        return violations.isEmpty() ? new FundingChange.Accepted(new FundingPlan(price, date, List.of(), exemptions))
                : new FundingChange.Refused(violations);
    }

    /** The plan with one more funder; its source must not be in the plan yet. */
    public FundingChange addLine(FundingLine line) {
        if (find(line.source()) != null) {
            return refused("source", ErrorCode.DUPLICATE, "error.funding.line-exists");
        }
        return withLine(line);
    }

    /** The plan with this source's line replaced (its amount or its funder's reference changed). */
    public FundingChange changeLine(FundingLine line) {
        if (line.source() != FundingSource.LEARNER && find(line.source()) == null) {
            return refused("source", ErrorCode.INVALID, "error.funding.no-such-line");
        }
        return withLine(line);
    }

    /** The plan without this source's line: the learner's part grows by its amount. */
    public FundingChange removeLine(FundingSource source) {
        if (source == FundingSource.LEARNER) {
            return refused("source", ErrorCode.INVALID, "error.funding.learner-line");
        }
        if (find(source) == null) {
            return refused("source", ErrorCode.INVALID, "error.funding.no-such-line");
        }
        return checked(price, funders.stream().filter(line -> line.source() != source).toList(), exemptions, "source");
    }

    /** The plan with the exemptions from the flat participation that apply to the holder now. */
    public FundingChange withExemptions(Set<ParticipationExemption> now) {
        return checked(price, funders, now, "exemptions");
    }

    /** The plan for a new price (the session's price changed): the funders' lines stay, the learner's part follows. */
    public FundingChange withPrice(Money newPrice) {
        if (!newPrice.currency().equals(EUR)) {
            return refused("price", ErrorCode.INVALID, "error.funding.currency");
        }
        if (!newPrice.isPositive()) {
            return refused("price", ErrorCode.OUT_OF_RANGE, "error.funding.amount-positive");
        }
        if (newPrice.amountInMinorUnits() > MAX_PRICE_CENTS) {
            return refused("price", ErrorCode.OUT_OF_RANGE, "error.catalog.price", ProgrammePrice.MAX_EUROS);
        }
        return checked(newPrice, funders, exemptions, "price");
    }

    private FundingChange withLine(FundingLine line) {
        List<Violation> violations = new ArrayList<>();
        if (line.source() == FundingSource.LEARNER) {
            violations.add(Violation.of("source", ErrorCode.INVALID, "error.funding.learner-line"));
        }
        if (!line.amount().currency().equals(price.currency())) {
            violations.add(Violation.of("amount", ErrorCode.INVALID, "error.funding.currency"));
        } else if (!line.amount().isPositive()) {
            violations.add(Violation.of("amount", ErrorCode.OUT_OF_RANGE, "error.funding.amount-positive"));
        } else if (line.amount().isGreaterThan(price)) {
            // Refused before summing: a line above the price can only break the invariant, and huge lines would
            // overflow the sum.
            violations.add(Violation.of("amount", ErrorCode.OUT_OF_RANGE, "error.funding.above-price", line.amount(),
                    price));
        }
        String reference = line.funderReference();
        if (reference != null
                && (reference.length() > MAX_REFERENCE_LENGTH || !REFERENCE.matcher(reference).matches())) {
            violations.add(Violation.of("funderReference", ErrorCode.INVALID, "error.funding.reference",
                    MAX_REFERENCE_LENGTH));
        }
        if (!violations.isEmpty()) {
            return new FundingChange.Refused(violations);
        }
        List<FundingLine> next = new ArrayList<>(funders.stream().filter(l -> l.source() != line.source()).toList());
        next.add(line);
        return checked(price, next, exemptions, "amount");
    }

    /** The invariant, checked on the plan a change would give; {@code path} is where a broken sum is reported. */
    private FundingChange checked(Money newPrice, List<FundingLine> lines, Set<ParticipationExemption> newExemptions,
                                  String path) {
        Money funded = total(lines, newPrice.currency());
        if (funded.isGreaterThan(newPrice)) {
            return refused(path, ErrorCode.OUT_OF_RANGE, "error.funding.above-price", funded, newPrice);
        }
        Money participation = FlatParticipation.due(date, lines, newExemptions);
        if (newPrice.minus(funded).isLessThan(participation)) {
            return refused(path, ErrorCode.LEGAL_RULE, "error.funding.flat-participation", participation);
        }
        return new FundingChange.Accepted(new FundingPlan(newPrice, date, lines, newExemptions));
    }

    private static Money total(List<FundingLine> lines, Currency currency) {
        return lines.stream().map(FundingLine::amount).reduce(Money.zero(currency), Money::plus);
    }

    private static FundingChange refused(String path, ErrorCode code, String key, Object... arguments) {
        return new FundingChange.Refused(List.of(Violation.of(path, code, key, arguments)));
    }

    private FundingLine find(FundingSource source) {
        return funders.stream().filter(line -> line.source() == source).findFirst().orElse(null);
    }

    public Money price() {
        return price;
    }

    public LocalDate date() {
        return date;
    }

    public Set<ParticipationExemption> exemptions() {
        return exemptions;
    }

    /** The funders' lines in {@link FundingSource} order, then the learner's (maybe zero): they add up to the price. */
    public List<FundingLine> lines() {
        List<FundingLine> all = new ArrayList<>(funders);
        all.add(new FundingLine(FundingSource.LEARNER, learnerPart(), null));
        return List.copyOf(all);
    }

    /** The remainder the learner pays, flat participation included. */
    public Money learnerPart() {
        return price.minus(total(funders, price.currency()));
    }

    /** The training account's flat participation owed by the holder (zero when none is due). */
    public Money flatParticipation() {
        return FlatParticipation.due(date, funders, exemptions);
    }

    /** The learner's part less the flat participation (paid on Mon Compte Formation): what the organisation gets. */
    public Money learnerPartPaidToOrganisation() {
        return learnerPart().minus(flatParticipation());
    }

    /** The learner's part the organisation collects, at once or in interest-free instalments from {@code firstDue}. */
    public PaymentSchedule schedule(InstalmentOption option, LocalDate firstDue) {
        return PaymentSchedule.of(learnerPartPaidToOrganisation(), option, firstDue);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FundingPlan plan && price.equals(plan.price) && date.equals(plan.date)
                && funders.equals(plan.funders) && exemptions.equals(plan.exemptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(price, date, funders, exemptions);
    }

    @Override
    public String toString() {
        return "FundingPlan" + lines() + " on " + date + (exemptions.isEmpty() ? "" : " exempt " + exemptions);
    }
}
