package fr.passerelle.internship.model;

/**
 * The parts of a learner's profile an application may share with the company. The name is always shared: nobody
 * is interviewed anonymously.
 */
public enum ProfilePart {
    /** E-mail address and phone number. */
    CONTACT,
    /** School, program, graduation year, specialisations, projects and languages. */
    ACADEMIC,
    /** Skills with their levels and evidence. */
    SKILLS,
    /** Certifications, experiences and portfolio. */
    BACKGROUND,
    /** Target roles, sectors, mobility and availability. */
    CAREER
}
