package fr.passerelle.agreement.service;

import fr.passerelle.agreement.service.AgreementScene.Who;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.testing.Outcome;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Who may take a step on the agreement of an {@link AgreementScene}: every actor of the scene tries it, each on a
 * fresh scene, so one actor's success does not change what the next one meets.
 */
final class AccessMatrix {

    /** The actors who are party to nothing in the scene's agreements with Léa: they find nothing. */
    static final Set<Who> STRANGERS = EnumSet.of(Who.STAFF_B, Who.OTHER_COMPANY_MEMBER, Who.OTHER_LEARNER);

    private AccessMatrix() {
    }

    /**
     * Each actor's outcome of {@code step} on a fresh scene set up by {@code setUp}.
     *
     * @param step the step, given the scene and the actor taking it
     */
    static Map<Who, Outcome> outcomes(BiFunction<AgreementScene, Actor, ThrowingCallable> step,
                                      Function<AgreementScene, ?> setUp) {
        Map<Who, Outcome> outcomes = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            AgreementScene fresh = new AgreementScene();
            setUp.apply(fresh);
            outcomes.put(who, Outcome.of(step.apply(fresh, fresh.as(who))));
        }
        return outcomes;
    }

    /** {@code allowed} take the step; the agreement's other readers are forbidden; strangers find nothing. */
    static Map<Who, Outcome> allowed(Who... allowed) {
        Map<Who, Outcome> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, isReader(who) ? Outcome.FORBIDDEN : Outcome.NOT_FOUND);
        }
        for (Who who : allowed) {
            expected.put(who, Outcome.OK);
        }
        return expected;
    }

    /** Whether the actor reads the scene's agreement with Léa. */
    static boolean isReader(Who who) {
        return !STRANGERS.contains(who);
    }

    /** For each actor, whether {@code read} finds something. */
    static Map<Who, Boolean> whoFinds(AgreementScene scene, Function<Actor, ? extends Optional<?>> read) {
        Map<Who, Boolean> finds = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            finds.put(who, read.apply(scene.as(who)).isPresent());
        }
        return finds;
    }

    /** The agreement's readers find it, strangers do not. */
    static Map<Who, Boolean> readersOnly() {
        Map<Who, Boolean> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, isReader(who));
        }
        return expected;
    }
}
