package fr.passerelle.testing;

import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** How a use-case call ended, for authorization matrices. Any other exception fails the test. */
public enum Outcome {
    OK,
    FORBIDDEN,
    NOT_FOUND;

    public static Outcome of(ThrowingCallable call) {
        try {
            call.call();
            return OK;
        } catch (ForbiddenException e) {
            return FORBIDDEN;
        } catch (NotFoundException e) {
            return NOT_FOUND;
        } catch (Throwable other) {
            throw new AssertionError("unexpected " + other, other);
        }
    }
}
