package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.rules.RuleFinding;
import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.shared.i18n.Bundles;
import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Writes a rule finding's sentence and the article it cites in the reader's language. */
@Controller
class RuleFindingTexts {

    @SchemaMapping(typeName = "RuleFinding", field = "message")
    String message(RuleFinding finding, GraphQLContext context) {
        return Bundles.render(finding.message(), ReaderLanguages.in(context));
    }

    @SchemaMapping(typeName = "RuleFinding", field = "article")
    String article(RuleFinding finding, GraphQLContext context) {
        return Bundles.render(finding.article(), ReaderLanguages.in(context));
    }
}
