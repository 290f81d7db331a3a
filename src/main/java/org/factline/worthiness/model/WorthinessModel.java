package org.factline.worthiness.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained linear check-worthiness ranker: one weight per feature. A sentence's score is the
 * logistic of its weighted features, between 0 and 1, higher meaning more worth checking. The
 * model is a small text file (feature, tab, weight) so it ships in the jar and can be read.
 */
public final class WorthinessModel {

    private static final String HEADER = "# factline check-worthiness model";

    private final String name;
    private final double bias;
    private final Map<String, Double> weights;
    private final double[] quantiles;

    /**
     * @param quantiles margins at the 0th, 1st, … 100th percentile of a reference set of sentences,
     *     so scores can be shown as "more check-worthy than n% of sentences"
     */
    public WorthinessModel(String name, double bias, Map<String, Double> weights, double[] quantiles) {
        this.name = name;
        this.bias = bias;
        this.weights = Map.copyOf(weights);
        this.quantiles = quantiles.clone();
        if (quantiles.length != 101) {
            throw new IllegalArgumentException("A model needs 101 percentile margins.");
        }
    }

    /** The percentile margins of a set of margins (e.g. held-out sentences). */
    public static double[] quantilesOf(double[] margins) {
        double[] sorted = margins.clone();
        Arrays.sort(sorted);
        double[] q = new double[101];
        for (int p = 0; p <= 100; p++) {
            q[p] = sorted.length == 0 ? 0 : sorted[(int) Math.round(p / 100.0 * (sorted.length - 1))];
        }
        return q;
    }

    double[] quantiles() {
        return quantiles.clone();
    }

    /**
     * Scores as percentiles (0–100) of the reference sentences: 95 means more check-worthy than
     * 95% of them. Easier to set a threshold on than probabilities, whose scale depends on the data.
     */
    public double[] percentiles(List<Line> lines) {
        var features = SentenceFeatures.of(lines);
        double[] out = new double[lines.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = percentile(margin(features.get(i)));
        }
        return out;
    }

    double percentile(double margin) {
        if (margin <= quantiles[0]) {
            return 0;
        }
        if (margin >= quantiles[100]) {
            return 100;
        }
        int p = 0;
        while (p < 100 && quantiles[p + 1] <= margin) {
            p++;
        }
        double span = quantiles[p + 1] - quantiles[p];
        return p + (span <= 0 ? 0 : (margin - quantiles[p]) / span);
    }

    public String name() {
        return name;
    }

    double bias() {
        return bias;
    }

    Map<String, Double> weights() {
        return weights;
    }

    public int featureCount() {
        return weights.size();
    }

    /** Scores every line of a document (neighbours are context, so the order matters). */
    public double[] score(List<Line> lines) {
        var features = SentenceFeatures.of(lines);
        double[] out = new double[lines.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = 1 / (1 + Math.exp(-margin(features.get(i))));
        }
        return out;
    }

    /** The linear score before the logistic: the sum of weighted features. */
    public double margin(Map<String, Double> features) {
        double sum = bias;
        for (var e : features.entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null) {
                sum += w * e.getValue();
            }
        }
        return sum;
    }

    /** The features that pushed a sentence up the most, strongest first (for explanations). */
    public List<String> reasons(List<Line> lines, int index, int limit) {
        var f = SentenceFeatures.of(lines).get(index);
        return f.entrySet().stream()
                .filter(e -> weights.getOrDefault(e.getKey(), 0.0) > 0)
                .sorted(Comparator.comparingDouble(
                        (Map.Entry<String, Double> e) -> -weights.get(e.getKey()) * e.getValue()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    public void write(Writer out) {
        try {
            out.write(HEADER + "\n");
            out.write("name\t" + name + "\n");
            out.write("bias\t" + bias + "\n");
            var q = new StringBuilder();
            for (double v : quantiles) {
                q.append(q.isEmpty() ? "" : ",").append((float) v);
            }
            out.write("quantiles\t" + q + "\n");
            var sorted = new ArrayList<>(weights.entrySet());
            sorted.sort(Map.Entry.comparingByKey());
            for (var e : sorted) {
                out.write("f\t" + e.getKey() + "\t" + (float) (double) e.getValue() + "\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WorthinessModel read(Reader reader) {
        try (var in = new BufferedReader(reader)) {
            String first = in.readLine();
            if (!HEADER.equals(first)) {
                throw new IllegalArgumentException("Not a check-worthiness model file.");
            }
            String name = "";
            double bias = 0;
            double[] quantiles = new double[0];
            var weights = new HashMap<String, Double>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split("\t", -1);
                if (parts.length < (parts[0].equals("f") ? 3 : 2)) {
                    throw new IllegalArgumentException("Malformed model line: " + line);
                }
                switch (parts[0]) {
                    case "name" -> name = parts[1];
                    case "bias" -> bias = Double.parseDouble(parts[1]);
                    case "quantiles" ->
                        quantiles = Arrays.stream(parts[1].split(","))
                                .mapToDouble(Double::parseDouble)
                                .toArray();
                    case "f" -> weights.put(parts[1], Double.parseDouble(parts[2]));
                    default -> throw new IllegalArgumentException("Unexpected model line: " + parts[0]);
                }
            }
            return new WorthinessModel(name, bias, weights, quantiles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
