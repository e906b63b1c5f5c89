package fr.passerelle.crm.model;

/** What reaching a stage means for a deal: still being worked, won, or lost (a lost deal states why). */
public enum StageKind {
    OPEN,
    WON,
    LOST
}
