package fr.passerelle.agreement.model;

/**
 * One term where an agreement departs from the offer the learner accepted: a warning for the school, never a block
 * (the parties may agree on other terms, but should do so knowingly).
 *
 * @param field          the agreement's input path of the term ({@code terms.start}, {@code tutor.email}…)
 * @param offerValue     the offer's value as text, null when the offer states none
 * @param agreementValue the agreement's value as text, null when it states none
 */
public record TermDivergence(String field, String offerValue, String agreementValue) {
}
