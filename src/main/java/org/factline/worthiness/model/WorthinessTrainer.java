package org.factline.worthiness.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains a {@link WorthinessModel}: L2-regularised logistic regression (LIBLINEAR) over
 * {@link SentenceFeatures}, with the rare check-worthy class weighted up. Deterministic: the same
 * documents and settings give the same model.
 */
public final class WorthinessTrainer {

    /**
     * @param cost inverse regularisation strength
     * @param positiveWeight how much more a check-worthy sentence counts than another
     * @param minCount features seen in fewer sentences are dropped
     */
    public record Settings(double cost, double positiveWeight, int minCount) {
        public static final Settings DEFAULT = new Settings(0.3, 8, 2);
    }

    private WorthinessTrainer() {}

    /**
     * @param referenceMargins margins of sentences the model did not train on (e.g. out-of-fold
     *     in cross-validation), from which the model's percentile scale is taken
     */
    public static WorthinessModel train(
            String name, List<List<LabeledLine>> documents, Settings settings, double[] referenceMargins) {
        var rows = new ArrayList<Map<String, Double>>();
        var labels = new ArrayList<Boolean>();
        for (List<LabeledLine> doc : documents) {
            var features =
                    SentenceFeatures.of(doc.stream().map(LabeledLine::line).toList());
            for (int i = 0; i < doc.size(); i++) {
                rows.add(features.get(i));
                labels.add(doc.get(i).worthy());
            }
        }
        Fit fit = fit(rows, labels, settings);
        return new WorthinessModel(name, fit.bias(), fit.weights(), WorthinessModel.quantilesOf(referenceMargins));
    }

    /**
     * Adapts a trained model to a team's feedback: a new model learns, from the feedback alone,
     * how much to trust the base model's judgement (its margin as one feature) and which words
     * should count more or less for this team. Both parts are linear, so the result is again one
     * linear model. Each example is a sentence with its neighbours (the line in the middle counts).
     */
    public static WorthinessModel adapt(
            String name, WorthinessModel base, List<List<LabeledLine>> examples, Settings settings) {
        var rows = new ArrayList<Map<String, Double>>();
        var labels = new ArrayList<Boolean>();
        for (List<LabeledLine> example : examples) {
            var features =
                    SentenceFeatures.of(example.stream().map(LabeledLine::line).toList());
            for (int i = 0; i < example.size(); i++) {
                if (example.get(i).target()) {
                    var row = new HashMap<>(features.get(i));
                    row.put(BASE_MARGIN, base.margin(features.get(i)));
                    rows.add(row);
                    labels.add(example.get(i).worthy());
                }
            }
        }
        Fit fit = fit(rows, labels, settings);
        double trust = fit.weights().getOrDefault(BASE_MARGIN, 0.0);
        var combined = new HashMap<String, Double>();
        base.weights().forEach((k, w) -> combined.put(k, trust * w));
        fit.weights().forEach((k, w) -> {
            if (!k.equals(BASE_MARGIN)) {
                combined.merge(k, w, Double::sum);
            }
        });
        // The base's percentile scale carried over: margins move by the same trust and offset.
        double[] quantiles = base.quantiles();
        for (int i = 0; i < quantiles.length; i++) {
            quantiles[i] = trust * quantiles[i] + fit.bias();
        }
        Arrays.sort(quantiles);
        return new WorthinessModel(name, trust * base.bias() + fit.bias(), combined, quantiles);
    }

    private static final String BASE_MARGIN = "base:margin";

    private record Fit(double bias, Map<String, Double> weights) {}

    private static Fit fit(List<Map<String, Double>> rows, List<Boolean> labels, Settings settings) {
        if (!labels.contains(true) || !labels.contains(false)) {
            throw new IllegalArgumentException("Training needs both check-worthy and other sentences.");
        }
        var counts = new HashMap<String, Integer>();
        rows.forEach(row -> row.keySet().forEach(k -> counts.merge(k, 1, Integer::sum)));
        var index = new TreeMap<String, Integer>();
        counts.forEach((k, c) -> {
            if (c >= settings.minCount() || k.equals(BASE_MARGIN)) {
                index.put(k, 0);
            }
        });
        int next = 1;
        for (var e : index.entrySet()) {
            e.setValue(next++);
        }
        var problem = new Problem();
        problem.l = rows.size();
        problem.n = index.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[rows.size()][];
        problem.y = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            var nodes = new ArrayList<FeatureNode>();
            rows.get(r).forEach((k, v) -> {
                Integer j = index.get(k);
                if (j != null) {
                    nodes.add(new FeatureNode(j, v));
                }
            });
            nodes.sort((a, b) -> Integer.compare(a.index, b.index));
            nodes.add(new FeatureNode(problem.n, problem.bias));
            problem.x[r] = nodes.toArray(Feature[]::new);
            problem.y[r] = labels.get(r) ? 1 : 0;
        }
        var parameter = new Parameter(SolverType.L2R_LR, settings.cost(), 0.001);
        parameter.setWeights(new double[] {settings.positiveWeight(), 1}, new int[] {1, 0});
        Linear.disableDebugOutput();
        Linear.resetRandom();
        var model = Linear.train(problem, parameter);
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] w = model.getFeatureWeights();
        var weights = new HashMap<String, Double>();
        for (var e : index.entrySet()) {
            double value = sign * w[e.getValue() - 1];
            if (Math.abs(value) > 1e-6) {
                weights.put(e.getKey(), value);
            }
        }
        return new Fit(sign * w[problem.n - 1] * problem.bias, weights);
    }
}
