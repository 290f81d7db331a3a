package org.factline.worthiness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.factline.worthiness.model.LabeledLine;
import org.factline.worthiness.model.Line;
import org.factline.worthiness.model.RankingMetrics;
import org.factline.worthiness.model.SentenceFeatures;
import org.factline.worthiness.model.WorthinessModel;
import org.factline.worthiness.model.WorthinessTrainer;

/** Leave-one-debate-out cross-validation: train on the other debates, rank the held-out one. */
final class CrossValidation {

    record Result(double map, double p5, double p10, double p20, List<String> perDebate, double[] margins) {}

    private record Fold(double[] metrics, double[] margins) {}

    private CrossValidation() {}

    static Result run(Map<String, List<LabeledLine>> debates, WorthinessTrainer.Settings settings) {
        var names = new ArrayList<>(debates.keySet());
        // Folds are independent: both cores work.
        List<Fold> folds = names.parallelStream()
                .map(heldOut -> fold(debates, heldOut, settings))
                .toList();
        double map = 0, p5 = 0, p10 = 0, p20 = 0;
        var lines = new ArrayList<String>();
        for (int i = 0; i < names.size(); i++) {
            double[] f = folds.get(i).metrics();
            map += f[0];
            p5 += f[1];
            p10 += f[2];
            p20 += f[3];
            lines.add(String.format(
                    "%-32s %5d sentences %3d worthy  AP %.3f", names.get(i), (int) f[4], (int) f[5], f[0]));
        }
        int n = names.size();
        double[] margins =
                folds.stream().flatMapToDouble(f -> Arrays.stream(f.margins())).toArray();
        return new Result(map / n, p5 / n, p10 / n, p20 / n, lines, margins);
    }

    private static Fold fold(
            Map<String, List<LabeledLine>> debates, String heldOut, WorthinessTrainer.Settings settings) {
        var training = new ArrayList<List<LabeledLine>>();
        debates.forEach((n, doc) -> {
            if (!n.equals(heldOut)) {
                training.add(doc);
            }
        });
        WorthinessModel model = WorthinessTrainer.train("cv", training, settings, new double[] {0});
        var doc = debates.get(heldOut);
        var lines = doc.stream().map(LabeledLine::line).toList();
        double[] scores = model.score(lines);
        double[] margins =
                SentenceFeatures.of(lines).stream().mapToDouble(model::margin).toArray();
        boolean[] relevant = new boolean[doc.size()];
        for (int i = 0; i < relevant.length; i++) {
            relevant[i] = doc.get(i).worthy();
        }
        return new Fold(
                new double[] {
                    RankingMetrics.averagePrecision(scores, relevant),
                    RankingMetrics.precisionAt(5, scores, relevant),
                    RankingMetrics.precisionAt(10, scores, relevant),
                    RankingMetrics.precisionAt(20, scores, relevant),
                    doc.size(),
                    count(relevant)
                },
                margins);
    }

    /**
     * MAP of a ranking that needs no training, per debate: the baselines the trained model is
     * compared with in the same run.
     */
    static double baseline(Map<String, List<LabeledLine>> debates, ToDoubleFunction<Line> score) {
        double sum = 0;
        for (var doc : debates.values()) {
            double[] scores = new double[doc.size()];
            boolean[] relevant = new boolean[doc.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = score.applyAsDouble(doc.get(i).line());
                relevant[i] = doc.get(i).worthy();
            }
            sum += RankingMetrics.averagePrecision(scores, relevant);
        }
        return sum / debates.size();
    }

    private static int count(boolean[] b) {
        int c = 0;
        for (boolean x : b) {
            if (x) {
                c++;
            }
        }
        return c;
    }

    public static void main(String[] args) throws Exception {
        var debates = ClefDebates.read(ClefDebates.DEFAULT);
        double[] costs = args.length > 0
                ? Arrays.stream(args[0].split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray()
                : new double[] {0.5};
        double[] weights = args.length > 1
                ? Arrays.stream(args[1].split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray()
                : new double[] {8};
        for (double c : costs) {
            for (double w : weights) {
                var r = run(debates, new WorthinessTrainer.Settings(c, w, 2));
                System.out.printf(
                        "C=%.3f w=%.1f  MAP %.4f  P@5 %.3f  P@10 %.3f  P@20 %.3f%n",
                        c, w, r.map(), r.p5(), r.p10(), r.p20());
            }
        }
    }
}
