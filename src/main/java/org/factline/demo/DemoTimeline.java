package org.factline.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.factline.article.ArticleFilter;
import org.factline.article.ArticleService;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.security.SystemAuthentication;
import org.factline.timeline.CategoryView;
import org.factline.timeline.DatePrecision;
import org.factline.timeline.EventFilter;
import org.factline.timeline.EventForm;
import org.factline.timeline.Side;
import org.factline.timeline.TimelineService;
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
 * Demo timeline: US-China AI events of 2022-2026, summarized in Factline's own words from public
 * reporting, drafted by a fact-checker and published by an editor, some linked to the demo
 * articles and claims. Two stay drafts to show the review step.
 */
@Component
@Profile("demo")
@Order(20)
class DemoTimeline implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTimeline.class);

    private record Demo(
            String title,
            LocalDate date,
            DatePrecision precision,
            @Nullable LocalDate end,
            String category,
            Side side,
            int importance,
            String description,
            List<String> actors,
            Set<String> tags,
            @Nullable String article,
            @Nullable String claim,
            boolean publish) {}

    private static Demo day(
            String date,
            String category,
            Side side,
            int importance,
            String title,
            String description,
            String... actors) {
        return new Demo(
                title,
                LocalDate.parse(date),
                DatePrecision.DAY,
                null,
                category,
                side,
                importance,
                description,
                List.of(actors),
                Set.of(),
                null,
                null,
                true);
    }

    private static final List<Demo> EVENTS = List.of(
            day(
                    "2022-08-31",
                    "Chips & hardware",
                    Side.US,
                    2,
                    "Nvidia told A100 and H100 sales to China need a licence",
                    "Nvidia discloses in a filing that the US government now requires a licence for its top data-centre"
                            + " accelerators shipped to China.",
                    "Nvidia",
                    "US Department of Commerce"),
            withLinks(
                    day(
                            "2022-10-07",
                            "Export control",
                            Side.US,
                            3,
                            "US export controls on advanced chips and chipmaking tools",
                            "The Bureau of Industry and Security restricts exports of advanced computing chips, supercomputer items"
                                    + " and semiconductor manufacturing equipment to China.",
                            "US Department of Commerce"),
                    "US restricts exports",
                    null),
            day(
                    "2022-11-30",
                    "Model release",
                    Side.US,
                    3,
                    "OpenAI releases ChatGPT",
                    "A chat interface to a GPT-3.5 model is opened to the public and becomes the fastest-growing consumer"
                            + " app of its time.",
                    "OpenAI"),
            new Demo(
                    "Netherlands and Japan agree to align chip-tool curbs",
                    LocalDate.parse("2023-01-01"),
                    DatePrecision.MONTH,
                    null,
                    "Policy & law",
                    Side.MULTI,
                    2,
                    "Reports say both governments agreed with Washington to restrict exports of advanced chipmaking"
                            + " equipment to China; formal rules follow later in the year.",
                    List.of("Government of the Netherlands", "Government of Japan"),
                    Set.of("export controls"),
                    null,
                    null,
                    true),
            day(
                    "2023-03-14",
                    "Model release",
                    Side.US,
                    3,
                    "OpenAI releases GPT-4",
                    "A multimodal model that accepts images and text; OpenAI publishes few details about training.",
                    "OpenAI"),
            day(
                    "2023-03-16",
                    "Model release",
                    Side.CHINA,
                    2,
                    "Baidu unveils Ernie Bot",
                    "Baidu presents its chatbot in Beijing, the first large Chinese rival to ChatGPT.",
                    "Baidu"),
            day(
                    "2023-07-13",
                    "Policy & law",
                    Side.CHINA,
                    2,
                    "China issues interim rules for generative AI services",
                    "The Cyberspace Administration and other agencies publish interim measures for public generative AI"
                            + " services, in force from 15 August 2023.",
                    "Cyberspace Administration of China"),
            day(
                    "2023-08-09",
                    "Investment",
                    Side.US,
                    2,
                    "US order limits outbound investment in Chinese AI and chips",
                    "An executive order sets up a programme to restrict and notify US investment in Chinese"
                            + " semiconductors, quantum and AI.",
                    "The White House"),
            day(
                    "2023-08-29",
                    "Chips & hardware",
                    Side.CHINA,
                    3,
                    "Huawei Mate 60 Pro ships with a 7 nm Kirin chip",
                    "Teardowns show a 7 nm processor made by SMIC, despite the export controls on chipmaking tools.",
                    "Huawei",
                    "SMIC"),
            withLinks(
                    day(
                            "2023-10-17",
                            "Export control",
                            Side.US,
                            3,
                            "US updates chip rules to close gaps",
                            "New rules replace the 2022 thresholds with performance-density limits, catching accelerators designed"
                                    + " for China such as the A800 and H800, and extend licence requirements to more countries.",
                            "US Department of Commerce",
                            "Nvidia"),
                    "Chip export rules tightened",
                    null),
            day(
                    "2023-10-30",
                    "Policy & law",
                    Side.US,
                    2,
                    "US executive order on safe, secure and trustworthy AI",
                    "The order asks developers of the most capable models to share safety test results with the government.",
                    "The White House"),
            new Demo(
                    "AI Safety Summit at Bletchley Park",
                    LocalDate.parse("2023-11-01"),
                    DatePrecision.DAY,
                    LocalDate.parse("2023-11-02"),
                    "Policy & law",
                    Side.MULTI,
                    2,
                    "Twenty-eight countries, the US and China among them, sign the Bletchley Declaration on frontier AI"
                            + " risks.",
                    List.of("Government of the United Kingdom"),
                    Set.of("policy"),
                    null,
                    null,
                    true),
            day(
                    "2023-12-06",
                    "Model release",
                    Side.US,
                    2,
                    "Google launches Gemini",
                    "Google's multimodal model family arrives in three sizes.",
                    "Google"),
            day(
                    "2024-05-13",
                    "Model release",
                    Side.US,
                    2,
                    "OpenAI releases GPT-4o",
                    "An \"omni\" model handling text, audio and images in real time.",
                    "OpenAI"),
            day(
                    "2024-05-14",
                    "Policy & law",
                    Side.MULTI,
                    2,
                    "First US-China intergovernmental dialogue on AI",
                    "Officials meet in Geneva to discuss AI risks; no joint statement follows.",
                    "The White House",
                    "Government of China"),
            day(
                    "2024-09-19",
                    "Model release",
                    Side.CHINA,
                    2,
                    "Alibaba releases Qwen2.5",
                    "A family of open-weight models from 0.5 to 72 billion parameters, with coding and maths variants.",
                    "Alibaba"),
            day(
                    "2024-12-02",
                    "Export control",
                    Side.US,
                    3,
                    "US adds HBM and 140 entities to its chip controls",
                    "High-bandwidth memory and more chipmaking tools come under control; about 140 Chinese entities join"
                            + " the Entity List.",
                    "US Department of Commerce"),
            withLinks(
                    day(
                            "2024-12-26",
                            "Model release",
                            Side.CHINA,
                            3,
                            "DeepSeek releases DeepSeek-V3",
                            "An open-weight mixture-of-experts model; the technical report puts the final training run at about"
                                    + " 2.8 million H800 GPU hours.",
                            "DeepSeek"),
                    null,
                    "final training run used about 2.8 million"),
            day(
                    "2025-01-13",
                    "Export control",
                    Side.US,
                    3,
                    "US issues the AI diffusion rule",
                    "An interim final rule sorts countries into three tiers with caps on advanced chip exports and controls"
                            + " model weights.",
                    "US Department of Commerce"),
            day(
                    "2025-01-15",
                    "Export control",
                    Side.US,
                    2,
                    "Foundry due-diligence rule",
                    "Chip foundries must check more closely who designs the advanced chips they make.",
                    "US Department of Commerce"),
            withLinks(
                    day(
                            "2025-01-20",
                            "Model release",
                            Side.CHINA,
                            3,
                            "DeepSeek releases R1",
                            "A reasoning model with open weights that matches leading US models on several benchmarks.",
                            "DeepSeek"),
                    "DeepSeek releases R1",
                    null),
            day(
                    "2025-01-21",
                    "Investment",
                    Side.US,
                    3,
                    "Stargate: $500 billion AI infrastructure plan announced",
                    "OpenAI, SoftBank and Oracle present a joint venture for data centres in the US at the White House.",
                    "OpenAI",
                    "SoftBank",
                    "Oracle"),
            withLinks(
                    day(
                            "2025-01-27",
                            "Investment",
                            Side.US,
                            3,
                            "Nvidia loses about $590 billion in market value",
                            "Shares fall about 17 percent in one day as investors weigh DeepSeek's low reported training cost.",
                            "Nvidia"),
                    "DeepSeek releases R1",
                    "Nvidia shares fell about 17 percent"),
            new Demo(
                    "Qwen2.5-Max released",
                    LocalDate.parse("2025-01-28"),
                    DatePrecision.DAY,
                    null,
                    "Model release",
                    Side.CHINA,
                    1,
                    "Alibaba's large mixture-of-experts model, available through its cloud.",
                    List.of("Alibaba"),
                    Set.of("models"),
                    null,
                    null,
                    true),
            withLinks(
                    day(
                            "2025-01-29",
                            "Accusation / denial",
                            Side.US,
                            3,
                            "OpenAI says it has evidence of distillation by DeepSeek",
                            "OpenAI tells reporters it has seen signs that DeepSeek trained on outputs of its models; DeepSeek"
                                    + " does not respond.",
                            "OpenAI",
                            "DeepSeek"),
                    "US labs accuse Chinese rivals",
                    "OpenAI says DeepSeek distilled"),
            new Demo(
                    "Chinese companies step up H20 orders",
                    LocalDate.parse("2025-01-01"),
                    DatePrecision.QUARTER,
                    null,
                    "Chips & hardware",
                    Side.CHINA,
                    1,
                    "Reports describe large orders for Nvidia's H20 from Chinese cloud companies after DeepSeek's"
                            + " success.",
                    List.of("Nvidia"),
                    Set.of("chips"),
                    null,
                    null,
                    true),
            withLinks(
                    day(
                            "2025-04-15",
                            "Export control",
                            Side.US,
                            3,
                            "H20 exports to China need a licence",
                            "Nvidia says the government told it the H20 needs a licence for China indefinitely and books a"
                                    + " $5.5 billion charge.",
                            "Nvidia",
                            "US Department of Commerce"),
                    "Licence rules for Nvidia",
                    "licence for Nvidia H20 exports"),
            day(
                    "2025-05-13",
                    "Export control",
                    Side.US,
                    2,
                    "US rescinds the AI diffusion rule",
                    "The Commerce Department says it will not enforce the rule and will replace it.",
                    "US Department of Commerce"),
            withLinks(
                    day(
                            "2025-07-14",
                            "Chips & hardware",
                            Side.US,
                            2,
                            "Nvidia to resume H20 sales to China",
                            "Nvidia says the US government assured it licences will be granted.",
                            "Nvidia"),
                    "Licence rules for Nvidia",
                    null),
            day(
                    "2025-07-23",
                    "Policy & law",
                    Side.US,
                    2,
                    "White House publishes America's AI Action Plan",
                    "The plan lists more than 90 federal actions on innovation, infrastructure and diplomacy.",
                    "The White House"),
            new Demo(
                    "World AI Conference in Shanghai; China proposes a global AI body",
                    LocalDate.parse("2025-07-26"),
                    DatePrecision.DAY,
                    LocalDate.parse("2025-07-28"),
                    "Policy & law",
                    Side.CHINA,
                    2,
                    "China's premier proposes a world AI cooperation organization at the conference's opening.",
                    List.of("Government of China"),
                    Set.of("policy"),
                    null,
                    null,
                    true),
            day(
                    "2025-07-31",
                    "Accusation / denial",
                    Side.CHINA,
                    2,
                    "China summons Nvidia over H20 security risks",
                    "The Cyberspace Administration asks Nvidia to explain alleged tracking and remote shutdown risks;"
                            + " Nvidia denies its chips have backdoors.",
                    "Cyberspace Administration of China",
                    "Nvidia"),
            new Demo(
                    "Nvidia and AMD to share China chip revenue with the US government",
                    LocalDate.parse("2025-08-11"),
                    DatePrecision.DAY,
                    null,
                    "Chips & hardware",
                    Side.US,
                    2,
                    "Reports say the companies agreed to pay 15 percent of certain China sales in exchange for licences.",
                    List.of("Nvidia", "AMD"),
                    Set.of("chips"),
                    null,
                    null,
                    false),
            new Demo(
                    "Chinese labs' open-weight releases accelerate",
                    LocalDate.parse("2025-01-01"),
                    DatePrecision.YEAR,
                    null,
                    "Research",
                    Side.CHINA,
                    1,
                    "Throughout the year, DeepSeek, Alibaba, Moonshot and others publish open-weight models that top"
                            + " public leaderboards.",
                    List.of("DeepSeek", "Alibaba"),
                    Set.of("models"),
                    null,
                    null,
                    false));

    private static Demo withLinks(Demo d, @Nullable String article, @Nullable String claim) {
        return new Demo(
                d.title(),
                d.date(),
                d.precision(),
                d.end(),
                d.category(),
                d.side(),
                d.importance(),
                d.description(),
                d.actors(),
                d.tags(),
                article,
                claim,
                d.publish());
    }

    private final TimelineService timeline;
    private final ArticleService articles;
    private final ClaimService claims;

    DemoTimeline(TimelineService timeline, ArticleService articles, ClaimService claims) {
        this.timeline = timeline;
        this.articles = articles;
        this.claims = claims;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = SystemAuthentication.runAs(
                "erin", () -> timeline.find(EventFilter.all()).isEmpty());
        if (empty) {
            load();
        }
    }

    /** Creates the demo events; links to demo articles and claims that aren't there are left out. */
    void load() {
        List<CategoryView> categories = SystemAuthentication.runAs("erin", timeline::categories);
        for (Demo d : EVENTS) {
            long category = categories.stream()
                    .filter(c -> c.name().equals(d.category()))
                    .findFirst()
                    .orElseThrow()
                    .id();
            var created = SystemAuthentication.runAs(
                    "fiona",
                    () -> timeline.create(new EventForm(
                            d.title(),
                            d.date(),
                            d.precision(),
                            d.end(),
                            d.description(),
                            category,
                            d.side(),
                            d.importance(),
                            d.tags(),
                            d.actors(),
                            article(d.article()),
                            claim(d.claim()))));
            if (d.publish()) {
                SystemAuthentication.runAs("erin", () -> timeline.publish(created.id(), created.version()));
            }
        }
        log.info("Demo workspace: created {} timeline events", EVENTS.size());
    }

    private Set<Long> article(@Nullable String titleStart) {
        if (titleStart == null) {
            return Set.of();
        }
        return SystemAuthentication.runAs(
                "fiona",
                () ->
                        articles
                                .find(
                                        new ArticleFilter(titleStart, null, null, null, null, false),
                                        0,
                                        1,
                                        Sort.unsorted())
                                .stream()
                                .map(a -> a.id())
                                .collect(java.util.stream.Collectors.toSet()));
    }

    private Set<Long> claim(@Nullable String text) {
        if (text == null) {
            return Set.of();
        }
        return SystemAuthentication.runAs(
                "fiona",
                () -> claims.find(new ClaimFilter(text, null, null, null), 0, 1, Sort.unsorted()).stream()
                        .map(c -> c.id())
                        .collect(java.util.stream.Collectors.toSet()));
    }
}
