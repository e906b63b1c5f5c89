package fr.passerelle.crm.model;

/** The person's situation when they came, which decides the funding they may get. */
public enum ContactSituation {
    JOB_SEEKER, EMPLOYEE, STUDENT, FIRST_ARRIVAL, CAREER_CHANGE, SELF_EMPLOYED, OTHER
}
