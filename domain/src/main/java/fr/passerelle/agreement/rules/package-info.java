/**
 * The legal rules of French internship agreements (conventions de stage, Code de l'éducation, articles L124-1 and
 * following, D124-1 and following, R124-10 and following), as pure functions: presence counted per D124-6 from a
 * weekly schedule, public holidays and absences; the six-month cap per academic year; when a gratification is
 * mandatory and its monthly minimum; the tutor's and the host's intern caps; the waiting period between two interns on
 * one post. Nothing here reads a clock or a store: the caller supplies every fact, and a fact it does not know is
 * reported as not checked rather than guessed.
 *
 * <p>Units: presence in minutes, money in cents (see {@link fr.passerelle.shared.model.Money}), never floating point.
 */
package fr.passerelle.agreement.rules;
