package fr.passerelle.internship.model;

/** A matched offer or candidate with its match, best first in lists. */
public record Scored<T>(T item, Match match) {
}
