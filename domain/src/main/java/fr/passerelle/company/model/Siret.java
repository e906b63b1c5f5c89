package fr.passerelle.company.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;

/**
 * A French establishment number (SIRET): the 9-digit SIREN of the company plus a 5-digit establishment rank, with a
 * Luhn check digit. Spaces are accepted on input and dropped.
 */
public record Siret(String value) {

    private static final int LENGTH = 14;
    /**
     * La Poste's establishments are too numerous for the Luhn scheme; INSEE checks their digit sum modulo 5 instead,
     * except for the head office, whose SIRET predates the exception and follows Luhn.
     */
    private static final String LA_POSTE_SIREN = "356000000";
    private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";
    private static final int LA_POSTE_MODULUS = 5;
    private static final int LUHN_MODULUS = 10;

    public Siret {
        if (value == null || !value.matches("\\d{" + LENGTH + "}")) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID, "error.siret.digits");
        }
        if (!hasValidCheckDigit(value)) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID, "error.siret.checksum");
        }
    }

    public static Siret of(String raw) {
        return new Siret(raw == null ? null : raw.replace(" ", ""));
    }

    public String siren() {
        return value.substring(0, 9);
    }

    static boolean hasValidCheckDigit(String digits) {
        if (digits.startsWith(LA_POSTE_SIREN) && !digits.equals(LA_POSTE_HEAD_OFFICE)) {
            return digits.chars().map(c -> c - '0').sum() % LA_POSTE_MODULUS == 0;
        }
        return luhnSum(digits) % LUHN_MODULUS == 0;
    }

    /** Luhn: from the right, double every second digit, folding two-digit results (x - 9). */
    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }

    @Override
    public String toString() {
        return value;
    }
}
