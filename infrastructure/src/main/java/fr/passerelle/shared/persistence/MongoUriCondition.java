package fr.passerelle.shared.persistence;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Whether a MongoDB URI is configured ({@code passerelle.mongodb.uri}, fed by {@code MONGODB_URI}). */
abstract class MongoUriCondition implements Condition {

    static boolean uriConfigured(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty("passerelle.mongodb.uri"));
    }

    static final class Configured extends MongoUriCondition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return uriConfigured(context);
        }
    }

    static final class Missing extends MongoUriCondition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !uriConfigured(context);
        }
    }
}
