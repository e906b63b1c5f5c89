package fr.passerelle.agreement.rules;

/** How much a finding weighs on the agreement. */
public enum Severity {
    /** The agreement breaks the law as it stands: it must not be signed until this is fixed. */
    BLOCKING,
    /** Something to check by a person: data was missing or a figure could not be verified. Never blocks. */
    WARNING,
    /** The rule holds, does not apply, or could not be checked for lack of optional data; said for the record. */
    INFO
}
