package fr.passerelle.enrollment.port.in;

/**
 * What the funders' adapters tell the enrollment: every change of a folder, quote or request, including those the
 * funder made on its own (a holder's acceptance, a cancellation at a missed deadline, an agreement). Delivery is at
 * least once: the listener recognises a redelivered {@link FundingStatusChanged#eventId()} and ignores it.
 */
public interface FundingEvents {

    void statusChanged(FundingStatusChanged event);
}
