package fr.passerelle.marketing.graphql;

import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.marketing.model.Newsletter;
import fr.passerelle.marketing.port.in.NewsletterCommand;
import fr.passerelle.marketing.port.in.NewsletterUseCases;
import fr.passerelle.membership.model.Actor;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The platform's newsletter, the marketing stream's one sender today. */
@Controller
class NewsletterController {

    /** GraphQL {@code NewsletterSendInput}. */
    record SendInput(String title, String body) {
    }

    /** GraphQL {@code NewsletterSendPayload}. */
    record SendPayload(List<UserErrorView> userErrors, String newsletterId) {

        static SendPayload of(List<UserErrorView> userErrors, Newsletter newsletter) {
            return new SendPayload(userErrors, newsletter == null ? null : newsletter.id());
        }
    }

    private final NewsletterUseCases newsletters;

    NewsletterController(NewsletterUseCases newsletters) {
        this.newsletters = newsletters;
    }

    @MutationMapping
    SendPayload newsletterSend(@Argument SendInput input, @ContextValue Actor actor) {
        return Mutations.run(() -> newsletters.send(actor, new NewsletterCommand(input.title(), input.body())),
                SendPayload::of);
    }
}
