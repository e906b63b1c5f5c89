package fr.passerelle.enrollment.model;

/**
 * How the learner pays their part: at once or in 3, 6 or 12 interest-free monthly instalments (the workflow's
 * "3x, 6x, 12x sans frais").
 */
public enum InstalmentOption {
    AT_ONCE(1),
    THREE(3),
    SIX(6),
    TWELVE(12);

    private final int count;

    InstalmentOption(int count) {
        this.count = count;
    }

    public int count() {
        return count;
    }
}
