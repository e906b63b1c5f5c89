package fr.passerelle.catalog.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certification's code in France compétences' registers: {@code RNCP} followed by digits for the national register
 * of professional certifications (diplomas, titles), {@code RS} followed by digits for the specific register
 * (habilitations, skills certificates). The training account funds only programmes leading to one of them.
 */
public record CertificationCode(Register register, String number) {

    private static final Pattern FORM = Pattern.compile("(RNCP|RS)\\s*([0-9]{1,6})");

    /** The two registers. */
    public enum Register { RNCP, RS }

    /** Reads {@code RNCP35910} or {@code rs 5632}; anything else is {@link ErrorCode#INVALID}. */
    public static CertificationCode parse(String raw) {
        Matcher matcher = FORM.matcher(raw.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID, "error.catalog.certification-code");
        }
        return new CertificationCode(Register.valueOf(matcher.group(1)), matcher.group(2));
    }

    /** As the registers write it, e.g. {@code RNCP35910}. */
    public String value() {
        return register.name() + number;
    }
}
