package fr.passerelle.job.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.job.model.Job;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.job.port.in.JobUseCases;
import fr.passerelle.membership.model.Actor;
import graphql.relay.Connection;
import java.util.Collection;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Background jobs for platform admins: watch them, replay the parked ones. */
@Controller
class JobController implements NodeLoader {

    private static final String BY_DUE_TIME = "DUE_AT";

    private final JobUseCases jobs;

    JobController(JobUseCases jobs) {
        this.jobs = jobs;
    }

    @QueryMapping
    Connection<JobView> jobs(@Argument JobStatus status, @Arguments PageArguments page, @ContextValue Actor actor) {
        var connection = page.orderedBy(BY_DUE_TIME + "_" + status);
        return connection.connection(jobs.jobs(actor, status, connection.paging()), JobView::of);
    }

    @MutationMapping
    JobView.ReplayPayload jobReplay(@Argument String id, @ContextValue Actor actor) {
        String localId = GlobalIds.localId(id, JobView.TYPE);
        return Mutations.run(null, () -> jobs.replay(actor, localId), JobView.ReplayPayload::of);
    }

    @Override
    public String type() {
        return JobView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(jobs.findAll(actor, localIds), Job::id, JobView::of);
    }
}
