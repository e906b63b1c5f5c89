package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.SigningCircuit;
import java.util.List;
import java.util.function.Function;

/**
 * Who signs, in which order, and who signs for whom: the steps of the circuit, then a space per signatory for a
 * paper signature (the platform records paper signatures with their scanned copy).
 */
public final class CircuitSection {

    private static final float SIGNATURE_SPACE = 30f;

    private CircuitSection() {
    }

    static void write(PdfLayout layout, SigningCircuit circuit) {
        write(layout, circuit, RoleNames::of);
    }

    /** @param roleNames what each role is called in the document (a training contract names its parties its own way) */
    public static void write(PdfLayout layout, SigningCircuit circuit, Function<SignatoryRole, String> roleNames) {
        layout.heading("Circuit de signature");
        layout.paragraph("Les étapes se signent l'une après l'autre ; les signataires d'une même étape signent "
                + "dans l'ordre de leur choix.");
        List<SigningCircuit.Step> steps = circuit.steps();
        for (int i = 0; i < steps.size(); i++) {
            List<Signatory> signatories = steps.get(i).signatories();
            for (int j = 0; j < signatories.size(); j++) {
                layout.field(j == 0 ? "Étape " + (i + 1) : "", describe(signatories.get(j), roleNames));
            }
        }
        layout.heading("Signatures");
        for (Signatory signatory : circuit.signatories()) {
            layout.field(roleNames.apply(signatory.role()), signer(signatory) + "\nDate et signature :");
            layout.space(SIGNATURE_SPACE);
        }
    }

    /** "Stagiaire : Léa Martin (lea@example.fr)", and the delegate on the next line when there is one. */
    private static String describe(Signatory signatory, Function<SignatoryRole, String> roleNames) {
        String expected = roleNames.apply(signatory.role()) + " : " + withEmail(signatory.name(), signatory.email());
        Signatory.Delegate delegate = signatory.delegate();
        if (delegate == null) {
            return expected;
        }
        return expected + "\nSigne par délégation : " + withEmail(delegate.name(), delegate.email())
                + (FrenchFormat.isStated(delegate.reason()) ? ", motif : " + delegate.reason() : "");
    }

    private static String signer(Signatory signatory) {
        return signatory.delegate() == null ? signatory.name()
                : signatory.delegate().name() + ", par délégation de " + signatory.name();
    }

    private static String withEmail(String name, String email) {
        return FrenchFormat.isStated(email) ? name + " (" + email + ")" : name;
    }
}
