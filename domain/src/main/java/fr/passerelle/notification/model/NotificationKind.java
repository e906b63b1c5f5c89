package fr.passerelle.notification.model;

/** What a notification is about; also the name of its text template. */
public enum NotificationKind {
    /** The recipient's company passed vetting. */
    COMPANY_VERIFIED,
    /** The recipient's company was refused at vetting. */
    COMPANY_REJECTED,
    /** Someone accepted an invitation into an organisation the recipient manages. */
    MEMBER_JOINED,
    /** The partnership tier of the recipient's school changed. */
    SCHOOL_TIER_CHANGED,

    // Marketplace: the target is the application or the offer.

    /** A learner applied to an offer of the recipient's company (or one they tutor). */
    APPLICATION_RECEIVED,
    /** The company kept the recipient's application for a closer look. */
    APPLICATION_SHORTLISTED,
    /** The company turned the recipient's application down. */
    APPLICATION_REJECTED,
    /** A learner withdrew their application to an offer of the recipient's company. */
    APPLICATION_WITHDRAWN,
    /** The company proposes interview slots (or new ones) to the recipient, who picks one. */
    INTERVIEW_PROPOSED,
    /** The applicant picked one of the slots the recipient's company proposed. */
    INTERVIEW_CONFIRMED,
    /** The other side called the interview off. */
    INTERVIEW_CANCELLED,
    /** The company offers the recipient the position; they answer. */
    OFFER_EXTENDED,
    /**
     * The applicant accepted the position: the recipient's company has an intern, or the recipient's school an
     * agreement to prepare.
     */
    OFFER_ACCEPTED,
    /** The applicant turned down the position the recipient's company offered. */
    OFFER_DECLINED,
    /** An offer the recipient applied to has no position left: it takes no more applications. */
    OFFER_FILLED,
    /** An offer of the recipient's company expires in a few days (its start date) with positions still open. */
    OFFER_EXPIRING,

    // Agreements: the target is the agreement (its amendments and follow-up are read through it).

    /** An internship agreement awaits the recipient's signature: their step of the circuit has come. */
    AGREEMENT_TO_SIGN,
    /** Another party signed an agreement the recipient signs or signed, or their school wrote. */
    AGREEMENT_SIGNED_BY_PARTY,
    /** Every signatory signed: the agreement binds its parties and its follow-up opens. */
    AGREEMENT_SIGNED,
    /** The school took back the agreement the recipient was asked to sign, to change it: that version is void. */
    AGREEMENT_RECALLED,
    /** An internship the recipient is a party of stopped early. */
    AGREEMENT_INTERRUPTED,
    /** An agreement that had gone out for signature was called off before the internship started. */
    AGREEMENT_CANCELLED,
    /**
     * A new agreement of the same intern with the same host made the gratification of the recipient's agreement
     * mandatory (over two months in the academic year): it must now state at least the legal minimum.
     */
    AGREEMENT_GRATIFICATION_NOW_DUE,
    /** An amendment to the agreement was proposed; the recipient signs it when their step comes. */
    AMENDMENT_PROPOSED,
    /** An amendment awaits the recipient's signature: their step of its circuit has come. */
    AMENDMENT_TO_SIGN,
    /** Every signatory signed the amendment: its terms are now the agreement's. */
    AMENDMENT_IN_FORCE,

    // Follow-up of a signed internship: the target is the agreement too.

    /** A follow-up step the recipient takes part in is due in a few days. */
    FOLLOW_UP_STEP_DUE_SOON,
    /** A follow-up step the recipient takes part in (or answers for) is past its day and not recorded as done. */
    FOLLOW_UP_STEP_OVERDUE,
    /** The tutor (with an account) has an evaluation to give; its link went to them by e-mail. */
    EVALUATION_DUE,
    /** The intern sent their final report: a member of the host co-signs it. */
    REPORT_TO_COSIGN,
    /** The school validated the intern's ECTS credits. */
    ECTS_VALIDATED,
    /** The internship certificate was issued: the intern downloads it. */
    CERTIFICATE_ISSUED,

    // Integrations: the target is the webhook endpoint.

    /** Passerelle turned off a webhook endpoint the recipient registered (410 Gone, or five days of failures). */
    WEBHOOK_ENDPOINT_DISABLED,

    // Privacy: the target is the data-subject request.

    /** A data-subject request to the organisation is due within a week and still open: its privacy staff answer it. */
    PRIVACY_REQUEST_DUE,

    // CRM: the target is the task or the deal.

    /** A CRM task the recipient owns passed its due time undone. */
    CRM_TASK_OVERDUE,
    /** A deal the recipient owns stayed in its stage past the stage's follow-up delay. */
    CRM_DEAL_OVERDUE,
    /** An automation rule of the school acted on a deal or contact and names the recipient to follow it up. */
    CRM_AUTOMATION_NOTICE,
    /** An automation rule of the school failed (an action was refused): its admins fix the rule. */
    CRM_AUTOMATION_FAILED,

    // Catalog: the target is the session.

    /** A seat was freed and the first person waiting took it: admissions call them to confirm. */
    SESSION_WAITLIST_PROMOTED,
    /** A session with people seated or waiting was cancelled: admissions re-place them. */
    SESSION_CANCELLED,

    // Enrollment: the target is the enrollment.

    /** The learner was enrolled: they complete their dossier. */
    ENROLLMENT_CREATED,
    /** A learner submitted their own dossier: admissions review its documents. */
    ENROLLMENT_SUBMITTED,
    /** The learner's enrollment is confirmed: they have access to the training. */
    ENROLLMENT_CONFIRMED,
    /** The learner's enrollment was cancelled (or they withdrew). */
    ENROLLMENT_CANCELLED,

    // Enrollment contract: the target is the training contract.

    /** The recipient's step of a training contract's signing circuit came: they sign the version linked. */
    TRAINING_CONTRACT_TO_SIGN,
    /** Everyone signed an enrollment's training contract: the withdrawal period runs (admissions). */
    TRAINING_CONTRACT_SIGNED
}
