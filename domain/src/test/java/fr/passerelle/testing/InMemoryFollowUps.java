package fr.passerelle.testing;

import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.port.out.InternshipFollowUps;
import java.util.Optional;

/**
 * {@link InternshipFollowUps} in a map, honouring the port's contract: one follow-up per agreement (its id; a second
 * insert is a DuplicateKeyException key {@code id}), optimistic locking on {@code version}, and the lookup by the hash
 * of a link's token whether the link is revoked, expired or used.
 */
public class InMemoryFollowUps extends InMemoryStore<InternshipFollowUp> implements InternshipFollowUps {

    public InMemoryFollowUps() {
        super("id", InternshipFollowUp::id, (f, version) -> new InternshipFollowUp(f.id(), f.items(), f.objectives(),
                f.evaluations(), f.finalReport(), f.ects(), f.attestation(), f.createdAt(), f.updatedAt(), version));
    }

    @Override
    public Optional<InternshipFollowUp> findByLinkTokenSha256(String tokenSha256) {
        return byId.values().stream().filter(f -> f.evaluations().stream()
                .anyMatch(e -> e.link() != null && e.link().tokenSha256().equals(tokenSha256))).findFirst();
    }
}
