package fr.passerelle.bench;

import fr.passerelle.bench.data.BenchCompany;
import java.util.Map;

/**
 * The query of B3, B4 and B6: a company's first N offers, each with its first 10 applications and their learners'
 * profiles, as the company's advisor reads them (a recruiter sees applicants, not learners' profiles). Its fields
 * keep it within the shipped cost budget at N = 100 (under 10,000 of 25,000), so the guards let it through.
 */
final class CompanyOffersQuery {

    static final String DOCUMENT = """
            query CompanyOffers($company: ID!, $first: Int!) {
              node(id: $company) {
                ... on Company {
                  offers(first: $first) {
                    edges { node { id title
                      applications(first: 10) { edges { node { id status createdAt
                        learner { id firstName lastName } } } }
                    } }
                  }
                }
              }
            }""";

    static final String PERSONA = "advisor";

    private CompanyOffersQuery() {
    }

    static Map<String, Object> variables(int offers) {
        return Map.of("company", BenchCompany.globalId(), "first", offers);
    }
}
