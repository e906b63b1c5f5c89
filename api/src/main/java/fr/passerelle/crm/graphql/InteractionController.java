package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.crm.graphql.CrmTimelineViews.InteractionLogPayload;
import fr.passerelle.crm.graphql.CrmTimelineViews.InteractionView;
import fr.passerelle.crm.model.Interaction;
import fr.passerelle.crm.port.in.InteractionUseCases;
import fr.passerelle.crm.port.in.InteractionUseCases.LogInteraction;
import fr.passerelle.membership.model.Actor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Interactions logged on contacts. */
@Controller
class InteractionController implements NodeLoader {

    private final InteractionUseCases interactions;

    InteractionController(InteractionUseCases interactions) {
        this.interactions = interactions;
    }

    @MutationMapping
    InteractionLogPayload interactionLog(@Argument String contactId, @Argument LogInteraction input,
                                         @ContextValue Actor actor) {
        String contact = CrmTimelineController.contact(contactId);
        return Mutations.run("input", Set.of("contactId"), () -> interactions.log(actor, contact, input),
                InteractionLogPayload::of);
    }

    @Override
    public String type() {
        return InteractionView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        List<Interaction> found = interactions.findAll(actor, localIds);
        return NodeLoader.byId(found, InteractionView::of);
    }
}
