package fr.passerelle.agreement.persistence;

/**
 * Stored amount, as offers and learners store theirs: minor units and the ISO 4217 code.
 *
 * @param currency ISO 4217 code
 */
record MoneyDocument(long amountInMinorUnits, String currency) {
}
