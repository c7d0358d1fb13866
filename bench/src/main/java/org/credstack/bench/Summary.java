package org.credstack.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The figures reported for a run (or the medians over several runs).
 *
 * @param count      completed measured operations, successes and failures
 * @param errors     failed measured operations
 * @param throughput successful operations per second over the measured phase
 * @param latency    latency of the successful operations (main histogram)
 * @param named      the scenario's extra histograms, by name
 * @param failures   failures by kind ({@code HTTP 500}, {@code ConnectException}, ...); empty for medians
 * @param runs       how many runs these figures stand for (1, or N for a median)
 */
public record Summary(String scenario, String mode, double target, double durationSeconds, long count, long errors,
                      double throughput, LatencySummary latency, Map<String, LatencySummary> named,
                      Map<String, Long> failures, int runs) {

    /** Each figure is the median of that figure over the runs; named histograms present in any run are kept. */
    public static Summary median(List<Summary> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        if (runs.size() == 1) {
            return runs.get(0);
        }
        Summary first = runs.get(0);
        Map<String, LatencySummary> named = new LinkedHashMap<>();
        TreeSet<String> names = new TreeSet<>();
        runs.forEach(r -> names.addAll(r.named().keySet()));
        for (String name : names) {
            List<LatencySummary> each = new ArrayList<>();
            for (Summary r : runs) {
                each.add(r.named().getOrDefault(name, LatencySummary.EMPTY));
            }
            named.put(name, LatencySummary.median(each));
        }
        return new Summary(first.scenario(), first.mode(), first.target(),
                LatencySummary.median(runs, Summary::durationSeconds),
                Math.round(LatencySummary.median(runs, s -> s.count)),
                Math.round(LatencySummary.median(runs, s -> s.errors)),
                LatencySummary.median(runs, Summary::throughput),
                LatencySummary.median(runs.stream().map(Summary::latency).toList()),
                named, Map.of(), runs.size());
    }
}
