package fr.passerelle.learner.graphql;

import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.learner.model.JobReadiness;
import fr.passerelle.shared.i18n.Bundles;
import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Writes the job-readiness advice in the reader's language. */
@Controller
class ReadinessAdvice {

    @SchemaMapping(typeName = "ReadinessPart", field = "advice")
    String advice(JobReadiness.Part part, GraphQLContext context) {
        return part.advice() == null ? null : Bundles.render(part.advice(), ReaderLanguages.in(context));
    }
}
