package org.factline.worthiness.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.factline.worthiness.ActiveModel;
import org.junit.jupiter.api.Test;

class WorthinessModelTest {

    @Test
    void features_capture_quantities_speakers_and_neighbours() {
        var lines = List.of(
                new Line("MODERATOR", "What would you do about jobs?"),
                new Line("SMITH", "We lost 60,000 factories since 2001, according to the labor department."),
                new Line("SMITH", "Thank you."));
        Map<String, Double> f = SentenceFeatures.of(lines).get(1);
        assertThat(f)
                .containsKeys(
                        "w:factories",
                        "b:lost_<num>",
                        "w:<year>",
                        "has:number",
                        "has:year",
                        "has:attribution",
                        "spk:smith",
                        "turn:start",
                        "p:has:question",
                        "p:w:jobs",
                        "n:w:thank");
        assertThat(f).doesNotContainKeys("has:question", "turn:end", "spk:none");
        double norm = Math.sqrt(f.values().stream().mapToDouble(v -> v * v).sum());
        assertThat(norm).isCloseTo(1.0, Offset.offset(1e-9));
        assertThat(SentenceFeatures.of(List.of(new Line("", "It rose 5%."))).get(0))
                .containsKeys("spk:none", "has:percent", "has:comparison");
    }

    @Test
    void a_model_survives_writing_and_reading() {
        var model = new WorthinessModel("m1", -1.5, Map.of("w:tax", 2.0, "has:number", 1.0), quantiles());
        var out = new StringWriter();
        model.write(out);
        var read = WorthinessModel.read(new StringReader(out.toString()));
        var lines = List.of(new Line("", "The tax rose by 4 percent."), new Line("", "Good evening."));
        assertThat(read.name()).isEqualTo("m1");
        assertThat(read.score(lines)).containsExactly(model.score(lines));
        assertThat(read.percentiles(lines)).containsExactly(model.percentiles(lines));
        assertThatThrownBy(() -> WorthinessModel.read(new StringReader("not a model")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentiles_follow_the_reference_margins() {
        var model = new WorthinessModel("p", 0, Map.of(), quantiles());
        assertThat(model.percentile(-100)).isZero();
        assertThat(model.percentile(100)).isEqualTo(100);
        assertThat(model.percentile(0)).isCloseTo(50, Offset.offset(0.01));
        assertThat(model.percentile(0.25)).isCloseTo(62.5, Offset.offset(0.01));
    }

    private static double[] quantiles() {
        double[] q = new double[101];
        for (int i = 0; i <= 100; i++) {
            q[i] = (i - 50) / 50.0; // margins -1 … 1, evenly spread
        }
        return q;
    }

    @Test
    void the_shipped_model_ranks_checkable_statements_above_small_talk() {
        WorthinessModel model = ActiveModel.shipped();
        assertThat(model.name()).startsWith("clef19-");
        assertThat(model.featureCount()).isGreaterThan(1000);
        var lines = List.of(
                new Line("HOST", "Good evening and welcome, everybody."),
                new Line("CANDIDATE", "Thank you so much, it is great to be here."),
                new Line("CANDIDATE", "Unemployment has doubled since 2019 and 3 million factory jobs were lost."),
                new Line("CANDIDATE", "My opponent voted for the trade deal that sent those jobs to China."),
                new Line("HOST", "Let's move on."),
                new Line("CANDIDATE", "We spend $700 billion a year on defense, more than the next ten countries."),
                new Line("SYSTEM", "(APPLAUSE)"));
        double[] s = model.score(lines);
        double smallTalk = Math.max(Math.max(s[0], s[1]), Math.max(s[4], s[6]));
        assertThat(s[2]).isGreaterThan(smallTalk);
        assertThat(s[3]).isGreaterThan(smallTalk);
        assertThat(s[5]).isGreaterThan(smallTalk);
    }

    @Test
    void average_precision_and_precision_at_k() {
        double[] scores = {0.9, 0.8, 0.7, 0.6};
        boolean[] relevant = {true, false, true, false};
        assertThat(RankingMetrics.averagePrecision(scores, relevant)).isCloseTo((1 + 2 / 3.0) / 2, Offset.offset(1e-9));
        assertThat(RankingMetrics.precisionAt(2, scores, relevant)).isEqualTo(0.5);
        assertThat(RankingMetrics.averagePrecision(scores, new boolean[4])).isZero();
    }

    @Test
    void adapting_to_feedback_learns_the_teams_words() {
        var docs = new ArrayList<List<LabeledLine>>();
        for (int i = 0; i < 30; i++) {
            docs.add(List.of(
                    new LabeledLine(new Line("", "The tariff on chips rose to " + i + " percent."), true),
                    new LabeledLine(new Line("", "Thanks for joining us tonight, friends."), false),
                    new LabeledLine(new Line("", "Our schedule follows after the break."), false)));
        }
        var base = WorthinessTrainer.train("base", docs, WorthinessTrainer.Settings.DEFAULT, new double[] {0, 1});
        var feedback = new ArrayList<List<LabeledLine>>();
        for (int i = 0; i < 20; i++) {
            feedback.add(List.of(
                    LabeledLine.context("Earlier today."),
                    new LabeledLine(new Line("", "The lab released model weights number " + i + "."), true),
                    LabeledLine.context("More soon.")));
            feedback.add(List.of(
                    LabeledLine.context("Earlier today."),
                    new LabeledLine(new Line("", "Subscribe to the newsletter for more."), false),
                    LabeledLine.context("More soon.")));
        }
        var adapted = WorthinessTrainer.adapt("team", base, feedback, new WorthinessTrainer.Settings(1, 1, 1));
        var probe = List.of(
                new Line("", "Earlier today."),
                new Line("", "The lab released model weights number 99."),
                new Line("", "More soon."));
        var spam = List.of(
                new Line("", "Earlier today."),
                new Line("", "Subscribe to the newsletter for more."),
                new Line("", "More soon."));
        assertThat(adapted.score(probe)[1]).isGreaterThan(adapted.score(spam)[1]);
        assertThat(adapted.name()).isEqualTo("team");
    }
}
