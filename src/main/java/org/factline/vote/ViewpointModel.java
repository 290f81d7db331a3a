package org.factline.vote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Matrix factorisation of the team's votes in the spirit of Community Notes' bridging algorithm:
 * each rating (votes on the 1–5 scale, centred to −1…1) is explained as
 * {@code rating ≈ μ + user bias + claim bias + user factor × claim factor}. The one-dimensional
 * factor captures the axis along which people systematically disagree (their "perspective"); the
 * claim bias is what remains once that alignment is accounted for — agreement that holds across
 * perspectives. Fitted by alternating ridge regressions; biases are regularised five times more
 * than factors (as in Community Notes), so a claim's bias only moves when people on both sides of
 * the axis agree. Deterministic: the same votes always give the same fit.
 */
final class ViewpointModel {

    /** One scored vote. */
    record Rating(String user, long claim, double value) {}

    record Fit(
            double mean,
            Map<String, Double> userBias,
            Map<String, Double> userFactor,
            Map<Long, Double> claimBias,
            Map<Long, Double> claimFactor) {

        double predict(String user, long claim) {
            return mean
                    + userBias.getOrDefault(user, 0.0)
                    + claimBias.getOrDefault(claim, 0.0)
                    + userFactor.getOrDefault(user, 0.0) * claimFactor.getOrDefault(claim, 0.0);
        }
    }

    static final double BIAS_LAMBDA = 0.15;
    static final double FACTOR_LAMBDA = 0.03;
    static final int ITERATIONS = 60;

    private ViewpointModel() {}

    /** A vote's score (1 = false … 5 = true) on the model's −1…1 scale. */
    static double centred(int score) {
        return (score - 3) / 2.0;
    }

    static Fit fit(List<Rating> ratings) {
        var byUser = new HashMap<String, List<Rating>>();
        var byClaim = new HashMap<Long, List<Rating>>();
        for (Rating r : ratings) {
            byUser.computeIfAbsent(r.user(), k -> new ArrayList<>()).add(r);
            byClaim.computeIfAbsent(r.claim(), k -> new ArrayList<>()).add(r);
        }
        var userBias = new HashMap<String, Double>();
        var userFactor = new HashMap<String, Double>();
        var claimBias = new HashMap<Long, Double>();
        var claimFactor = new HashMap<Long, Double>();
        // deterministic start: users in name order get small pseudo-random factors
        var random = new Random(20_19);
        for (String user : new TreeSet<>(byUser.keySet())) {
            userBias.put(user, 0.0);
            userFactor.put(user, (random.nextDouble() - 0.5) * 0.2);
        }
        for (long claim : new TreeSet<>(byClaim.keySet())) {
            claimBias.put(claim, 0.0);
            claimFactor.put(claim, (random.nextDouble() - 0.5) * 0.2);
        }
        double mean = ratings.stream().mapToDouble(Rating::value).average().orElse(0);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            for (var e : byClaim.entrySet()) {
                double[] solved = solve(e.getValue(), mean, r -> userBias.get(r.user()), r -> userFactor.get(r.user()));
                claimBias.put(e.getKey(), solved[0]);
                claimFactor.put(e.getKey(), solved[1]);
            }
            for (var e : byUser.entrySet()) {
                double[] solved =
                        solve(e.getValue(), mean, r -> claimBias.get(r.claim()), r -> claimFactor.get(r.claim()));
                userBias.put(e.getKey(), solved[0]);
                userFactor.put(e.getKey(), solved[1]);
            }
            double residual = 0;
            for (Rating r : ratings) {
                residual += r.value()
                        - userBias.get(r.user())
                        - claimBias.get(r.claim())
                        - userFactor.get(r.user()) * claimFactor.get(r.claim());
            }
            mean = ratings.isEmpty() ? 0 : residual / ratings.size();
        }
        return new Fit(mean, userBias, userFactor, claimBias, claimFactor);
    }

    /**
     * Ridge regression of {@code value − mean − otherBias} on {@code [1, otherFactor]}: the bias and
     * factor of one user (or one claim) given the other side's parameters, as a 2×2 system.
     */
    private static double[] solve(
            List<Rating> ratings,
            double mean,
            ToDoubleFunction<Rating> otherBias,
            ToDoubleFunction<Rating> otherFactor) {
        double a11 = BIAS_LAMBDA, a12 = 0, a22 = FACTOR_LAMBDA, b1 = 0, b2 = 0;
        for (Rating r : ratings) {
            double target = r.value() - mean - otherBias.applyAsDouble(r);
            double x = otherFactor.applyAsDouble(r);
            a11 += 1;
            a12 += x;
            a22 += x * x;
            b1 += target;
            b2 += target * x;
        }
        double det = a11 * a22 - a12 * a12;
        return new double[] {(b1 * a22 - b2 * a12) / det, (a11 * b2 - a12 * b1) / det};
    }
}
