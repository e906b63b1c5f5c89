package fr.passerelle.agreement.model;

import java.util.Objects;

/**
 * A person expected to sign, in a step of the circuit. A delegation names who signs instead, keeping who was
 * expected: both show on the agreement.
 *
 * @param id        unique within the circuit
 * @param subject   the account allowed to sign electronically, when the person has one
 * @param delegate  who signs instead, if delegated
 */
public record Signatory(String id, SignatoryRole role, String name, String email, String subject,
                        Delegate delegate) {

    public Signatory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
    }

    /** The account that signs electronically for this signatory: the delegate's when delegated. */
    public String signingSubject() {
        return delegate != null ? delegate.subject() : subject;
    }

    public Signatory delegatedTo(Delegate to) {
        return new Signatory(id, role, name, email, subject, to);
    }

    /** Who signs in the signatory's stead, and why. */
    public record Delegate(String name, String email, String subject, String reason) {

        public Delegate {
            Objects.requireNonNull(name, "name");
        }
    }
}
