package fr.passerelle.enrollment.port.out;

/** A funding request to an OPCO (demande de prise en charge). */
public enum OpcoRequestState implements FunderState {
    /** Sent by the employer or the organisation on the OPCO's portal. */
    SUBMITTED(false),
    /** An OPCO officer is reviewing it. */
    UNDER_REVIEW(false),
    /** Accepted (accord de prise en charge), for an amount that may be less than asked. */
    AGREED(false),
    REFUSED(true),
    /** The organisation sent the proof of attendance (attendance sheets, certificate of completion). */
    ATTENDANCE_PROVED(false),
    /** The OPCO paid the agreed amount. */
    PAID(true);

    private final boolean isFinal;

    OpcoRequestState(boolean isFinal) {
        this.isFinal = isFinal;
    }

    @Override
    public boolean isFinal() {
        return isFinal;
    }
}
