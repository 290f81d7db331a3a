package org.factline.worthiness.model;

import java.util.Arrays;
import java.util.Comparator;

/** Ranking quality of scores against labels: average precision and precision at k. */
public final class RankingMetrics {

    private RankingMetrics() {}

    /** Indices ordered by score, highest first (ties keep document order). */
    static Integer[] ranking(double[] scores) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
        return order;
    }

    public static double averagePrecision(double[] scores, boolean[] relevant) {
        Integer[] order = ranking(scores);
        int hits = 0;
        double sum = 0;
        for (int rank = 0; rank < order.length; rank++) {
            if (relevant[order[rank]]) {
                hits++;
                sum += hits / (double) (rank + 1);
            }
        }
        return hits == 0 ? 0 : sum / hits;
    }

    public static double precisionAt(int k, double[] scores, boolean[] relevant) {
        Integer[] order = ranking(scores);
        int hits = 0;
        for (int rank = 0; rank < Math.min(k, order.length); rank++) {
            if (relevant[order[rank]]) {
                hits++;
            }
        }
        return hits / (double) k;
    }
}
