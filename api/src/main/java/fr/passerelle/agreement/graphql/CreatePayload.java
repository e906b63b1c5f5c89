package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.port.in.DraftCheck;
import fr.passerelle.api.graphql.UserErrorView;
import java.util.List;
import java.util.function.Supplier;

/**
 * GraphQL {@code InternshipAgreementCreatePayload}.
 *
 * @param created   the agreement created, null on refusal
 * @param dryRun    on refusal, the dry run of the same input, run only if the client selects {@code check}; null once
 *                  created (a dry run would then count the new agreement as one of the intern's others)
 */
record CreatePayload(List<UserErrorView> userErrors, AgreementView agreement, Agreement created,
                     Supplier<DraftCheck> dryRun) {
}
