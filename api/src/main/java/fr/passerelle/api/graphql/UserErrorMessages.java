package fr.passerelle.api.graphql;

import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.shared.i18n.Bundles;
import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Writes each user error's sentence in the reader's language, whichever payload carries it. */
@Controller
class UserErrorMessages {

    @SchemaMapping(typeName = "UserError", field = "message")
    String message(UserErrorView error, GraphQLContext context) {
        return Bundles.render(error.message(), ReaderLanguages.in(context));
    }
}
