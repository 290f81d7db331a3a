package org.factline.demo;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.note.EvidenceDetail;
import org.factline.note.EvidenceForm;
import org.factline.note.EvidenceService;
import org.factline.note.NoteDetail;
import org.factline.note.NoteService;
import org.factline.note.SourceType;
import org.factline.note.Stance;
import org.factline.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Demo notes and evidence on the demo claims, in Factline's own words: a thread with a reply and
 * a mention (so the demo fact-checkers find notifications in their bell), and evidence items with
 * source type, stance, quote, archived copy and access date, one of them shown on the verified
 * claim's public page. Skipped once the first claim has notes.
 */
@Component
@Profile("demo")
@Order(30)
class DemoNotes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNotes.class);

    private final ClaimService claims;
    private final NoteService notes;
    private final EvidenceService evidence;

    DemoNotes(ClaimService claims, NoteService notes, EvidenceService evidence) {
        this.claims = claims;
        this.notes = notes;
        this.evidence = evidence;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAs("fiona", () -> {
            load();
            return null;
        });
    }

    void load() {
        Optional<Long> cost = claim("2.8 million GPU hours");
        if (cost.isEmpty() || !notes.threads(cost.get()).isEmpty()) {
            return;
        }
        trainingCost(cost.get());
        claim("Nvidia shares fell").ifPresent(this::sharePrices);
        claim("licence for Nvidia H20").ifPresent(this::exportLicence);
        log.info("Demo workspace: added notes and evidence to the demo claims");
    }

    /** A thread with a mention and a reply, a second note and the primary source. */
    private void trainingCost(long costId) {
        NoteDetail first = as(
                "fiona",
                () -> notes.post(
                        costId,
                        "The number comes from DeepSeek's own **V3 technical report** (December 2024): about 2.8 "
                                + "million H800 GPU hours for training V3. The report says itself that earlier "
                                + "research and ablation runs are not included.\n\n"
                                + "@felix could you check how the press used it in late January 2025?"));
        as(
                "felix",
                () -> notes.reply(
                        first.id(),
                        "Checked a dozen articles from 27\u201329 January 2025. Most turned the rental-price "
                                + "estimate (roughly $5.6 million) into \"what DeepSeek cost to build\"; only a "
                                + "few repeated the report's caveat."));
        as(
                "farah",
                () -> notes.post(
                        costId,
                        "For the public summary: say *final training run* explicitly. Estimates of DeepSeek's total "
                                + "hardware spending are much higher, but they are analysts' estimates, not figures "
                                + "the company disclosed."));
        EvidenceDetail report = as(
                "fiona",
                () -> evidence.add(
                        costId,
                        new EvidenceForm(
                                "DeepSeek-V3 Technical Report",
                                "https://arxiv.org/abs/2412.19437",
                                "https://web.archive.org/web/2025/https://arxiv.org/abs/2412.19437",
                                SourceType.PRIMARY_DOCUMENT,
                                Stance.SUPPORTS,
                                "DeepSeek-V3 requires only 2.788M H800 GPU hours for its full training.",
                                "en",
                                null,
                                LocalDate.of(2025, 1, 28)),
                        null));
        // The primary source goes on the verified claim's public page (an editor's decision).
        as("erin", () -> evidence.showPublicly(report.id(), report.version(), true));
    }

    private void sharePrices(long drop) {
        as(
                "farah",
                () -> evidence.add(
                        drop,
                        new EvidenceForm(
                                "NVDA historical prices",
                                "https://www.nasdaq.com/market-activity/stocks/nvda/historical",
                                null,
                                SourceType.DATASET,
                                Stance.SUPPORTS,
                                null,
                                null,
                                null,
                                LocalDate.of(2025, 2, 3)),
                        null));
    }

    /** The company's own filing, and a note that mentions a teammate. */
    private void exportLicence(long h20) {
        as(
                "felix",
                () -> evidence.add(
                        h20,
                        new EvidenceForm(
                                "Nvidia filings with the SEC (Form 8-K, April 2025)",
                                "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001045810&type=8-K",
                                null,
                                SourceType.COMPANY_STATEMENT,
                                Stance.SUPPORTS,
                                null,
                                null,
                                null,
                                LocalDate.of(2025, 4, 17)),
                        null));
        as(
                "felix",
                () -> notes.post(
                        h20,
                        "Nvidia disclosed the licence requirement itself, in a filing on 15 April 2025, and "
                                + "expected a charge of about $5.5 billion for the quarter. @fiona the filing is "
                                + "the primary source; news reports followed it the same day."));
    }

    private Optional<Long> claim(String text) {
        return claims.find(new ClaimFilter(text, null, null, null), 0, 1, Sort.unsorted()).stream()
                .findFirst()
                .map(c -> c.id());
    }

    private static <T> @Nullable T as(String who, Supplier<T> work) {
        return SystemAuthentication.runAs(who, work);
    }
}
