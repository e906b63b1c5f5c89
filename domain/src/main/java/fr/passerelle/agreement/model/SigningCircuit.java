package fr.passerelle.agreement.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A signing circuit as data: steps signed one after the other, each step's signatories in parallel. Any number of
 * steps and signatories, any roles: a school that wants the learner first and everyone else together writes two
 * steps; one that wants a strict order writes one signatory per step.
 */
public record SigningCircuit(List<Step> steps) {

    public SigningCircuit {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw BusinessRuleViolation.of("circuit", ErrorCode.REQUIRED, "error.circuit.no-signatory");
        }
        Set<String> ids = new HashSet<>();
        for (Step step : steps) {
            if (step.signatories().isEmpty()) {
                throw BusinessRuleViolation.of("circuit", ErrorCode.INVALID, "error.circuit.step-without-signatory");
            }
            for (Signatory signatory : step.signatories()) {
                if (!ids.add(signatory.id())) {
                    throw BusinessRuleViolation.of("circuit", ErrorCode.DUPLICATE,
                            "error.circuit.signatory-twice", signatory.id());
                }
            }
        }
    }

    /** Signatories signing together. */
    public record Step(List<Signatory> signatories) {

        public Step {
            signatories = List.copyOf(signatories);
        }
    }

    public List<Signatory> signatories() {
        return steps.stream().flatMap(step -> step.signatories().stream()).toList();
    }

    public Optional<Signatory> signatory(String id) {
        return signatories().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The signatories who may sign now, given who signed this document version: those of the first step not
     * complete yet who have not signed.
     */
    public List<Signatory> awaiting(Set<String> signedIds) {
        for (Step step : steps) {
            List<Signatory> missing = step.signatories().stream().filter(s -> !signedIds.contains(s.id())).toList();
            if (!missing.isEmpty()) {
                return missing;
            }
        }
        return List.of();
    }

    public boolean completeWith(Set<String> signedIds) {
        return awaiting(signedIds).isEmpty();
    }

    /** The circuit with one signatory replaced (a delegation). */
    public SigningCircuit replacing(Signatory changed) {
        List<Step> updated = new ArrayList<>();
        for (Step step : steps) {
            updated.add(new Step(step.signatories().stream()
                    .map(s -> s.id().equals(changed.id()) ? changed : s).toList()));
        }
        return new SigningCircuit(updated);
    }

    public boolean has(SignatoryRole role) {
        return signatories().stream().anyMatch(s -> Objects.equals(s.role(), role));
    }
}
