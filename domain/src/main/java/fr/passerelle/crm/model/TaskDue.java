package fr.passerelle.crm.model;

/** Which of one's open tasks to list, by due time on the platform's calendar. */
public enum TaskDue {
    /** Due by the end of today, overdue ones included: the day's work. */
    TODAY,
    /** Due before now and not done. */
    OVERDUE,
    /** Due after today. */
    UPCOMING
}
