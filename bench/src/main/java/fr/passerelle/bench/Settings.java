package fr.passerelle.bench;

import fr.passerelle.bench.data.Spread;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Sizes and durations of a run, each a system property ({@code -Dbench.board-offers=20000} on the Maven command
 * line) defaulting to the sizes.
 *
 * @param threads            client threads of the throughput benchmarks (B3, B6)
 * @param maxWarmUp          the longest untimed load before a throughput is measured (it stops once steady)
 * @param window             one measured window of one side of a comparison
 * @param rounds             alternating windows per side
 * @param companyOffers      offers of the bench company (at least the largest page of B4)
 * @param applicationsPerOffer applications to each (more than the 10 the query shows)
 * @param pageSizes          the offers page sizes N of B4
 * @param throughputOffers   the page size N of B3 and B6
 * @param boardOffers        published offers for B5
 * @param depths             page depths of B5 (1 is the first page)
 * @param depthSamples       timed requests per depth
 * @param latencyWarmUp      untimed requests of each kind before latencies are timed (B5, matching)
 * @param matchOffers        published offers for matching
 * @param matchSamples       timed requests of matching and of the plain scan each
 * @param nearLyonShare      share of offers around Lyon, where the matched learner lives
 * @param remoteShare        share of remote offers
 */
record Settings(int threads, Duration maxWarmUp, Duration window, int rounds, int companyOffers,
                int applicationsPerOffer, List<Integer> pageSizes, int throughputOffers, int boardOffers,
                List<Integer> depths, int depthSamples, int latencyWarmUp, int matchOffers, int matchSamples,
                double nearLyonShare, double remoteShare) {

    Spread spread() {
        return new Spread(nearLyonShare, remoteShare);
    }

    static Settings fromSystemProperties() {
        return new Settings(
                integer("bench.threads", 4),
                Duration.ofSeconds(integer("bench.max-warm-up-seconds", 90)),
                Duration.ofSeconds(integer("bench.window-seconds", 3)),
                integer("bench.rounds", 6),
                integer("bench.company-offers", 100),
                integer("bench.applications-per-offer", 12),
                integers("bench.page-sizes", "10,50,100"),
                integer("bench.throughput-offers", 50),
                integer("bench.board-offers", 100_000),
                integers("bench.depths", "1,100,1000"),
                integer("bench.depth-samples", 25),
                integer("bench.latency-warm-up", 5),
                integer("bench.match-offers", 50_000),
                integer("bench.match-samples", 40),
                decimal("bench.near-lyon-share", 0.05),
                decimal("bench.remote-share", 0.02));
    }

    private static int integer(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, Integer.toString(fallback)));
    }

    private static double decimal(String name, double fallback) {
        return Double.parseDouble(System.getProperty(name, Double.toString(fallback)));
    }

    static List<Integer> integers(String name, String fallback) {
        return Arrays.stream(System.getProperty(name, fallback).split(",")).map(String::trim).map(Integer::valueOf)
                .toList();
    }
}
