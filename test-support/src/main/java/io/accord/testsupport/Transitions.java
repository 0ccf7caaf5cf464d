package io.accord.testsupport;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * An aggregate's transition table checked from one state, for plain unit tests: every move is tried on a fresh aggregate
 * in that state; an allowed move goes through, any other is refused and leaves the aggregate as it was.
 */
public final class Transitions {

    /** One thing a user (or an event) can do to an aggregate; a test lists them as an enum. */
    public interface Move<A> {
        void applyTo(A aggregate);
    }

    private Transitions() {
    }

    /**
     * @param fresh      an aggregate in the state under test, made anew for each move
     * @param observed   what a refused move must leave unchanged (status and the facts it guards), as values
     * @param refusal    the exception a refused move throws; {@code refusedAs} checks what it says
     */
    public static <A, M extends Enum<M> & Move<A>, E extends RuntimeException> void check(Class<M> moves, Set<M> allowed,
            Supplier<A> fresh, Function<A, List<?>> observed, Class<E> refusal, Consumer<E> refusedAs) {
        for (M move : moves.getEnumConstants()) {
            A aggregate = fresh.get();
            if (allowed.contains(move)) {
                assertDoesNotThrow(() -> move.applyTo(aggregate), move + " is allowed here");
                continue;
            }
            List<?> before = observed.apply(aggregate);
            refusedAs.accept(assertThrows(refusal, () -> move.applyTo(aggregate), move + " must be refused here"));
            assertEquals(before, observed.apply(aggregate), move + " was refused but changed the aggregate");
        }
    }
}
