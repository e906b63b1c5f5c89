package fr.passerelle.consent.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.consent.model.ConsentDecision;
import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.consent.model.ConsentSource;
import fr.passerelle.consent.model.CurrentConsent;
import fr.passerelle.consent.port.in.ConsentCommand;
import fr.passerelle.consent.port.in.ConsentUseCases;
import fr.passerelle.learner.graphql.LearnerView;
import fr.passerelle.membership.model.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** A person's consents: their own, and those staff record on a learner's behalf. */
@Controller
class ConsentController {

    /** GraphQL {@code Consent}. */
    record ConsentView(ConsentPurpose purpose, boolean granted, Instant decidedAt, String wordingVersion,
                       ConsentSource source) {

        static ConsentView of(CurrentConsent consent) {
            var latest = consent.latest();
            return new ConsentView(consent.purpose(), consent.granted(), latest == null ? null : latest.at(),
                    latest == null ? null : latest.wordingVersion(), latest == null ? null : latest.source());
        }
    }

    /** GraphQL {@code ConsentDecisionInput}. */
    record DecisionInput(ConsentPurpose purpose, String wordingVersion) {
    }

    /** GraphQL {@code ConsentRecordInput}. */
    record RecordInput(ConsentPurpose purpose, ConsentDecision decision, ConsentSource source, String wordingVersion) {
    }

    /** GraphQL {@code ConsentDecisionPayload}. */
    record DecisionPayload(List<UserErrorView> userErrors, ConsentView consent) {

        static DecisionPayload of(List<UserErrorView> userErrors, CurrentConsent consent) {
            return new DecisionPayload(userErrors, consent == null ? null : ConsentView.of(consent));
        }
    }

    private final ConsentUseCases consents;

    ConsentController(ConsentUseCases consents) {
        this.consents = consents;
    }

    @SchemaMapping(typeName = "Viewer", field = "consents")
    List<ConsentView> consents(@ContextValue Actor actor) {
        return consents.mine(actor).stream().map(ConsentView::of).toList();
    }

    @MutationMapping
    DecisionPayload consentGrant(@Argument DecisionInput input, @ContextValue Actor actor) {
        return decide(input, ConsentDecision.GRANTED, actor);
    }

    @MutationMapping
    DecisionPayload consentWithdraw(@Argument DecisionInput input, @ContextValue Actor actor) {
        return decide(input, ConsentDecision.WITHDRAWN, actor);
    }

    @MutationMapping
    DecisionPayload consentRecord(@Argument String learnerId, @Argument RecordInput input,
                                  @ContextValue Actor actor) {
        String localId = GlobalIds.localId(learnerId, LearnerView.TYPE);
        return Mutations.run("input", Set.of("learnerId"), () -> consents.recordOnBehalf(actor, localId,
                        new ConsentCommand(input.purpose(), input.decision(), input.wordingVersion()), input.source()),
                DecisionPayload::of);
    }

    private DecisionPayload decide(DecisionInput input, ConsentDecision decision, Actor actor) {
        return Mutations.run(() -> consents.decide(actor,
                new ConsentCommand(input.purpose(), decision, input.wordingVersion())), DecisionPayload::of);
    }
}
