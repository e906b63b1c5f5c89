package fr.passerelle.enrollment.model;

/** Which training contract the Code du travail requires, from who pays the organisation. */
public enum ContractKind {
    /**
     * A person pays part of the training themself: a contrat de formation professionnelle (art. L6353-3 to L6353-7),
     * with its mandatory mentions and the individual's withdrawal period.
     */
    INDIVIDUAL,
    /**
     * The employer (or its skills operator) pays it all: a convention de formation between the organisation and the
     * company (art. L6353-1 and L6353-2), without a withdrawal period.
     */
    COMPANY
}
