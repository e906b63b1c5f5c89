package fr.passerelle.school.model;

/** What a school trains for; drives which offers and programs it is matched with. */
public enum SchoolKind {
    CINEMA_AUDIOVISUAL,
    SOUND,
    LIGHTING_STAGE,
    ANIMATION_DIGITAL,
    MUSIC,
    AUTOMOTIVE,
    GENERAL
}
