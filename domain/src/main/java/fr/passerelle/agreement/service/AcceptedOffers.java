package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.AcceptedOffer;
import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.Site;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.model.Address;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the terms of the offers applications were accepted on, through the marketplace's and the companies' out-ports
 * (a read across features): one read of offers, one of companies (their sites) and one of memberships (the tutors),
 * however many applications.
 */
public class AcceptedOffers {

    private final InternshipOffers offers;
    private final Companies companies;
    private final Memberships memberships;

    public AcceptedOffers(InternshipOffers offers, Companies companies, Memberships memberships) {
        this.offers = offers;
        this.companies = companies;
        this.memberships = memberships;
    }

    /** The accepted offer of each application whose offer still exists, by application id. */
    public Map<String, AcceptedOffer> of(Collection<Application> applications) {
        if (applications.isEmpty()) {
            return Map.of();
        }
        Map<String, InternshipOffer> byOffer = byId(offers.findAllById(
                applications.stream().map(Application::offerId).distinct().toList()), InternshipOffer::id);
        Map<String, Company> byCompany = byId(companies.findAllById(
                byOffer.values().stream().map(InternshipOffer::companyId).distinct().toList()), Company::id);
        Map<String, Membership> tutors = byId(memberships.findAllById(byOffer.values().stream()
                .map(offer -> offer.terms().tutorMembershipId()).filter(Objects::nonNull).distinct().toList()),
                Membership::id);
        Map<String, AcceptedOffer> accepted = new HashMap<>();
        for (Application application : applications) {
            InternshipOffer offer = byOffer.get(application.offerId());
            if (offer != null) {
                accepted.put(application.id(), accepted(offer, byCompany.get(offer.companyId()), tutors));
            }
        }
        return accepted;
    }

    private static AcceptedOffer accepted(InternshipOffer offer, Company company, Map<String, Membership> tutors) {
        var terms = offer.terms();
        String workplace = company == null ? null : company.sites().stream()
                .filter(site -> site.id().equals(terms.siteId())).findFirst().map(AcceptedOffers::workplace)
                .orElse(null);
        Membership tutor = terms.tutorMembershipId() == null ? null : tutors.get(terms.tutorMembershipId());
        return new AcceptedOffer(terms.startDate(), terms.endDate(), terms.hoursPerWeek(), terms.monthlyStipend(),
                workplace, tutor == null || tutor.email() == null ? null : tutor.email().value(),
                terms.postReference());
    }

    /** The site as an agreement writes a place of work: its name, then its address on one line. */
    static String workplace(Site site) {
        Address address = site.address();
        String town = Stream.of(address.postalCode(), address.city()).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return Stream.of(site.name(), address.street(), town).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
