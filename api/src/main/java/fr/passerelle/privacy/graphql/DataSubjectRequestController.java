package fr.passerelle.privacy.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.web.DownloadLinks;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.privacy.model.DataSubjectRequest;
import fr.passerelle.privacy.rest.PrivacyArchiveController;
import fr.passerelle.privacy.port.in.DataSubjectRequestUseCases;
import fr.passerelle.shared.error.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Data-subject requests: asked, recorded on someone's behalf, carried out; the archive link for the person only. */
@Controller
class DataSubjectRequestController implements NodeLoader {

    private static final String LEARNER = "Learner";

    private final DataSubjectRequestUseCases requests;
    private final DownloadLinks links;
    private final Clock clock;

    DataSubjectRequestController(DataSubjectRequestUseCases requests, DownloadLinks links, Clock clock) {
        this.requests = requests;
        this.links = links;
        this.clock = clock;
    }

    /** GraphQL {@code DataSubjectRequestSubmitInput}. */
    record SubmitInput(DataSubjectRequest.Kind kind, String learnerId) {
    }

    @QueryMapping
    List<DataSubjectRequestView> myDataSubjectRequests(@ContextValue Actor actor) {
        return requests.mine(actor).stream().map(this::view).toList();
    }

    @MutationMapping
    DataSubjectRequestView.Payload dataSubjectRequestSubmit(@Argument SubmitInput input, @ContextValue Actor actor) {
        String learnerId = input.learnerId() == null ? null : GlobalIds.localId(input.learnerId(), LEARNER);
        return Mutations.run(() -> requests.submit(actor, input.kind(), learnerId), this::payload);
    }

    @MutationMapping
    DataSubjectRequestView.Payload dataSubjectRequestErase(@Argument String id, @ContextValue Actor actor) {
        String localId = GlobalIds.localId(id, DataSubjectRequestView.TYPE);
        return Mutations.run(null, () -> requests.erase(actor, localId), this::payload);
    }

    @SchemaMapping(typeName = "DataSubjectRequest")
    DownloadLinks.Link archiveLink(DataSubjectRequestView request, @ContextValue Actor actor) {
        boolean archive = request.kind() == DataSubjectRequest.Kind.ACCESS
                || request.kind() == DataSubjectRequest.Kind.PORTABILITY;
        return archive && actor.subject().equals(request.person())
                ? links.to(PrivacyArchiveController.path(request.localId()), actor) : null;
    }

    @Override
    public String type() {
        return DataSubjectRequestView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        Map<String, Object> found = new LinkedHashMap<>();
        for (String localId : localIds) {
            try {
                found.put(localId, view(requests.find(actor, localId)));
            } catch (NotFoundException hidden) {
                // someone else's request looks like a missing one: no entry
            }
        }
        return found;
    }

    private DataSubjectRequestView view(DataSubjectRequest request) {
        return DataSubjectRequestView.of(request, clock.instant());
    }

    private DataSubjectRequestView.Payload payload(List<fr.passerelle.api.graphql.UserErrorView> errors,
                                                   DataSubjectRequest request) {
        return new DataSubjectRequestView.Payload(errors, request == null ? null : view(request));
    }
}
