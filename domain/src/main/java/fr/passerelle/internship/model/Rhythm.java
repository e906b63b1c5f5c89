package fr.passerelle.internship.model;

/** An apprenticeship's alternation, e.g. 2 days at school and 3 at the company each week. */
public record Rhythm(int schoolDaysPerWeek, int companyDaysPerWeek) {
}
