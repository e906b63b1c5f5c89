package fr.passerelle.enrollment.port.in;

/**
 * What the payment provider's adapter tells the enrollment, at least once: the listener recognises a redelivered
 * {@link PaymentEvent#eventId()} and ignores it.
 */
public interface PaymentEvents {

    void received(PaymentEvent event);
}
