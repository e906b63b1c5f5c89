package fr.passerelle.agreement.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Public holidays given as data, for host countries whose holidays are not computed here (Germany, Spain…): the
 * caller supplies them, from an official source, for the years it needs. No table is built in: national lists move
 * (substitute days, one-off holidays, regional days that bind most hosts), and a wrong holiday silently changes the
 * presence counted.
 *
 * <p>A year counts as known for a country when at least one of its dates is given: every country has public holidays
 * every year, so a year without any given is missing data, not a year without holidays.
 */
public final class HolidayCalendar implements PublicHolidays {

    private final Map<String, Map<Integer, SortedSet<LocalDate>>> byCountryAndYear = new HashMap<>();

    /** @param datesByCountry the holidays of each country (ISO 3166-1 alpha-2), any number of years mixed */
    public HolidayCalendar(Map<String, ? extends Collection<LocalDate>> datesByCountry) {
        Objects.requireNonNull(datesByCountry, "datesByCountry");
        datesByCountry.forEach((country, dates) -> {
            Map<Integer, SortedSet<LocalDate>> years = byCountryAndYear.computeIfAbsent(
                    CountryCode.require("datesByCountry", country), c -> new HashMap<>());
            for (LocalDate date : dates) {
                years.computeIfAbsent(date.getYear(), y -> new TreeSet<>()).add(date);
            }
        });
    }

    @Override
    public Optional<Set<LocalDate>> holidays(String country, int year) {
        return Optional.ofNullable(byCountryAndYear.getOrDefault(country, Map.of()).get(year))
                .map(Collections::unmodifiableSortedSet);
    }
}
