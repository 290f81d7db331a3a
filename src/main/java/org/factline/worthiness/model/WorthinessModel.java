package org.factline.worthiness.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
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

    public WorthinessModel(String name, double bias, Map<String, Double> weights) {
        this.name = name;
        this.bias = bias;
        this.weights = Map.copyOf(weights);
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
            var weights = new HashMap<String, Double>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split("\t", -1);
                switch (parts[0]) {
                    case "name" -> name = parts[1];
                    case "bias" -> bias = Double.parseDouble(parts[1]);
                    case "f" -> weights.put(parts[1], Double.parseDouble(parts[2]));
                    default -> throw new IllegalArgumentException("Unexpected model line: " + parts[0]);
                }
            }
            return new WorthinessModel(name, bias, weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
