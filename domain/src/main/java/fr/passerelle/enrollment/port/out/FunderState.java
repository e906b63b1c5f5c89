package fr.passerelle.enrollment.port.out;

/** A state of a funder's or the payment provider's record; {@link #isFinal()} when nothing more will happen to it. */
public interface FunderState {

    String name();

    boolean isFinal();
}
