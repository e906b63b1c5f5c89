package fr.passerelle.catalog.model;

/** A programme's life: drafted, published in the catalogue, archived (kept, no longer offered). */
public enum ProgrammeState { DRAFT, PUBLISHED, ARCHIVED }
