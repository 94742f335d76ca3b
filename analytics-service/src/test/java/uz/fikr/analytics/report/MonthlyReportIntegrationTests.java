package uz.fikr.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import uz.fikr.analytics.AnalyticsIntegrationTest;
import uz.fikr.analytics.report.content.Cell;
import uz.fikr.analytics.report.content.CellKind;
import uz.fikr.analytics.report.content.Chart;
import uz.fikr.analytics.report.content.ChartKind;
import uz.fikr.analytics.report.content.ReportAssembler;
import uz.fikr.analytics.report.content.ReportContent;
import uz.fikr.analytics.report.content.ReportNumbers;
import uz.fikr.analytics.report.content.ReportText;
import uz.fikr.analytics.report.content.Section;
import uz.fikr.analytics.report.content.SectionId;
import uz.fikr.analytics.report.content.Table;
import uz.fikr.events.AnswerValue;
import uz.fikr.events.Channel;
import uz.fikr.events.EventJson;
import uz.fikr.events.Respondent;
import uz.fikr.events.ResponseSubmitted;
import uz.fikr.events.survey.BuiltInSurveys;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.testsupport.ClickHouseTestServer;

/**
 * A monthly report of the service-quality survey from a known data set on the real broker and ClickHouse: its
 * numbers are the API's numbers for the same filter, small reader groups appear nowhere, and contact details in
 * comments are taken out; the PDF and the workbook a director receives print those same numbers. The first pages
 * of each language's PDF are written to {@code target/report-pages/monthly-*.png} for a reviewer to look at.
 */
class MonthlyReportIntegrationTests extends AnalyticsIntegrationTest {

    private static final String DATABASE = database("fikr_report_content");
    private static final String SURVEY = "service-quality";
    private static final Offset<Double> EXACT = within(1e-9);
    private static final Instant NOVEMBER = Instant.parse("2026-11-12T06:00:00Z");
    private static final Instant OCTOBER = Instant.parse("2026-10-14T06:00:00Z");
    private static final String NOVEMBER_FILTER = "from=2026-11-01&to=2026-11-30";
    private static final String PRIVATE_COMMENT = "Wi-fi ishlamaydi, menga yozing: ali.valiyev@mail.uz yoki "
            + "+998 90 123-45-67";
    private static final int NOVEMBER_RESPONSES = 26;
    private static final int OCTOBER_RESPONSES = 12;
    private static final Instant GENERATED = Instant.parse("2026-12-01T03:00:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("fikr.clickhouse.database", () -> DATABASE);
    }

    @Autowired
    private ReportAssembler assembler;

    @Autowired
    private ReportGenerator generator;

    private static boolean loaded;

    @BeforeEach
    void load() throws Exception {
        if (loaded) {
            return;
        }
        int[] overall = {4, 5, 4, 5, 3, 4, 5, 4};
        int[] recommend = {9, 10, 8, 9, 6, 10};
        for (int i = 0; i < NOVEMBER_RESPONSES; i++) {
            String branch = i < 20 ? "central" : "chilonzor";
            String group = i < 8 || i >= 20 ? "student" : i < 15 ? "teacher" : i < 17 ? "pupil" : "elderly";
            Map<String, AnswerValue> answers = new LinkedHashMap<>();
            answers.put("q_affect_1", new AnswerValue.Quality(4, 8, new int[] {6, 7, 5, 8}[i % 4]));
            answers.put("q_info_1", new AnswerValue.Quality(6, 8, new int[] {4, 5, 3, 5}[i % 4]));
            answers.put("q_place_1", i == 0 ? new AnswerValue.Quality(8, 5, 6)
                    : new AnswerValue.Quality(5, 8, new int[] {5, 6, 4, 6}[i % 4]));
            answers.put("overall", new AnswerValue.Number(overall[i % overall.length]));
            answers.put("recommend", new AnswerValue.Number(recommend[i % recommend.length]));
            answers.put("wanted_services", new AnswerValue.Choices(i % 3 == 0
                    ? List.of("audiobooks", "wifi_and_sockets") : List.of("wifi_and_sockets")));
            if (i < 4) {
                answers.put("comment", new AnswerValue.Text("Oʻquv zalida joy yetishmaydi"));
            } else if (i == 4) {
                answers.put("comment", new AnswerValue.Text(PRIVATE_COMMENT));
            }
            send(NOVEMBER.plusSeconds(60L * i), i % 2 == 0 ? Channel.WEB : Channel.QR, branch, group, answers);
        }
        int[] octoberOverall = {2, 3, 3, 2, 4, 3};
        int[] octoberRecommend = {5, 6, 7, 9, 3, 6};
        for (int i = 0; i < OCTOBER_RESPONSES; i++) {
            Map<String, AnswerValue> answers = new LinkedHashMap<>();
            answers.put("overall", new AnswerValue.Number(octoberOverall[i % octoberOverall.length]));
            answers.put("recommend", new AnswerValue.Number(octoberRecommend[i % octoberRecommend.length]));
            send(OCTOBER.plusSeconds(60L * i), Channel.WEB, "central", i % 2 == 0 ? "student" : "teacher", answers);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> responses() == NOVEMBER_RESPONSES + OCTOBER_RESPONSES);
        loaded = true;
    }

    @Test
    void aMonthlyReportHasEverySectionInOrderWithUniqueTableIds() {
        ReportContent content = report(ReportLanguage.EN);

        assertThat(content.sections()).extracting(Section::id).containsExactly(SectionId.values());
        List<String> ids = content.sections().stream().flatMap(section -> Stream.concat(
                section.tables().stream().map(Table::id), section.charts().stream().map(Chart::id))).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9-]+"));
        assertThat(content.cover().title()).isEqualTo("Monthly report on readers’ opinions");
        assertThat(content.cover().period()).isEqualTo("November 2026");
        assertThat(content.cover().surveys()).containsExactly("Quality of library services");
    }

    @Test
    void theKeyFiguresAreTheNumbersTheStatsAndNpsEndpointsGive() {
        ReportContent content = report(ReportLanguage.EN);
        JsonNode november = question(getJson(api("stats", NOVEMBER_FILTER)), "overall");
        JsonNode october = question(getJson(api("stats", "from=2026-10-01&to=2026-10-31")), "overall");
        JsonNode nps = getJson(api("nps", NOVEMBER_FILTER)).get(0);

        Table mean = table(content, "kpis-mean");
        assertThat(number(mean.rows().get(0).get(1))).isEqualTo(november.get("n").asDouble());
        assertThat(number(mean.rows().get(0).get(2))).isCloseTo(november.get("mean").asDouble(), EXACT);
        assertThat(number(mean.rows().get(0).get(3))).isCloseTo(
                november.get("meanInterval").get("lower").asDouble(), EXACT);
        assertThat(number(mean.rows().get(1).get(2))).isCloseTo(october.get("mean").asDouble(), EXACT);
        assertThat(number(mean.rows().get(1).get(5))).isCloseTo(
                november.get("mean").asDouble() - october.get("mean").asDouble(), EXACT);
        assertThat(mean.rows().get(1).get(7)).isEqualTo(Cell.text("yes"));
        assertThat(number(table(content, "kpis-share").rows().get(0).get(2)))
                .isCloseTo(november.get("topTwoBox").get("share").asDouble(), EXACT);
        assertThat(number(table(content, "kpis-nps").rows().get(0).get(2))).isCloseTo(nps.get("nps").asDouble(), EXACT);
        assertThat(number(table(content, "kpis-responses").rows().get(0).get(1))).isEqualTo(NOVEMBER_RESPONSES);
        assertThat(content.summary()).anyMatch(sentence -> sentence.startsWith("Average satisfaction rose "
                + "significantly"));
    }

    @Test
    void theGapsAreTheNumbersTheGapsEndpointGivesAndTheSummaryNamesTheLargest() {
        ReportContent content = report(ReportLanguage.EN);
        SurveyDefinition survey = BuiltInSurveys.all().stream().filter(s -> s.id().equals(SURVEY)).findFirst()
                .orElseThrow();
        List<JsonNode> rated = new ArrayList<>();
        getJson(api("gaps", NOVEMBER_FILTER)).get("items").forEach(item -> {
            if (item.get("n").asLong() > 0 && !item.get("suppressed").asBoolean()) {
                rated.add(item);
            }
        });
        Table items = table(content, "quality-items");

        assertThat(items.rows()).hasSize(rated.size());
        for (JsonNode item : rated) {
            String text = survey.question(item.get("id").asString()).orElseThrow().text().get("en");
            List<Cell> row = items.rows().stream().filter(r -> r.get(0).equals(Cell.text(text))).findFirst()
                    .orElseThrow();
            assertThat(number(row.get(6))).isCloseTo(item.get("adequacyGap").get("mean").asDouble(), EXACT);
            assertThat(number(row.get(5))).isCloseTo(item.get("perceived").get("mean").asDouble(), EXACT);
            assertThat(number(row.get(13))).isEqualTo(item.get("inconsistent").asDouble());
        }
        JsonNode largest = rated.stream().min(java.util.Comparator.comparingDouble(
                item -> item.get("adequacyGap").get("mean").asDouble())).orElseThrow();
        String largestText = survey.question(largest.get("id").asString()).orElseThrow().text().get("en");
        assertThat(content.summary()).anyMatch(sentence -> sentence.contains("“" + largestText + "”"));
        assertThat(String.join(" ", table(content, "quality-items").rows().stream().map(r -> r.get(0).toString())
                .toList())).contains(largestText);
        assertThat(section(content, SectionId.METHODOLOGY).paragraphs()).as("the one answer with minimum 8, desired 5")
                .anyMatch(p -> p.startsWith("Inconsistent service-quality answers") && p.endsWith(": 1."));
    }

    @Test
    void aMonthlyReportFollowsTheTwelveWeeksUpToItsEndAsTheTrendEndpointGivesThemWithGapsForEmptyWeeks() {
        ReportContent content = report(ReportLanguage.EN);
        JsonNode trend = getJson(api("trend", "question=overall&interval=week&from=2026-09-14&to=2026-11-30"));

        Table weekly = table(content, "trends-weekly");
        assertThat(weekly.rows()).hasSize(12);
        assertThat(weekly.rows().getFirst().getFirst()).isEqualTo(Cell.text("Week of 14 September 2026"));
        List<Cell> ninth = weekly.rows().stream()
                .filter(row -> row.getFirst().equals(Cell.text("Week of 9 November 2026"))).findFirst().orElseThrow();
        JsonNode apiNinth = trend.get("periods").valueStream()
                .filter(period -> period.get("start").asString().equals("2026-11-09")).findFirst().orElseThrow();
        assertThat(number(ninth.get(2))).isCloseTo(apiNinth.get("mean").asDouble(), EXACT);
        assertThat(number(ninth.get(1))).isEqualTo(NOVEMBER_RESPONSES);
        Chart chart = section(content, SectionId.TRENDS).charts().getFirst();
        assertThat(chart.kind()).isEqualTo(ChartKind.TREND);
        assertThat(chart.points()).filteredOn(point -> point.value() != null).extracting(Chart.Point::label)
                .containsExactly("Week of 12 October 2026", "Week of 9 November 2026");
    }

    @Test
    void quarterlyAndAnnualReportsCompareWholeQuartersAndYearsAndFollowTheRatingMonthByMonth() {
        ReportContent quarter = assembler.assemble(new ReportRequest(List.of(SURVEY), ReportPeriod.quarter(2026, 4),
                ReportLanguage.EN, null, null, "test"), NOVEMBER, ReportProgress.NONE);
        ReportContent year = assembler.assemble(new ReportRequest(List.of(SURVEY), ReportPeriod.year(2026),
                ReportLanguage.EN, null, null, "test"), NOVEMBER, ReportProgress.NONE);
        JsonNode stats = question(getJson(api("stats", "from=2026-10-01&to=2026-12-31")), "overall");

        assertThat(quarter.cover().title()).isEqualTo("Quarterly report on readers’ opinions");
        assertThat(table(quarter, "kpis-mean").rows()).extracting(List::getFirst)
                .containsExactly(Cell.text("Q4 2026"), Cell.text("Q3 2026"), Cell.text("Q4 2025"));
        assertThat(number(table(quarter, "kpis-mean").rows().getFirst().get(2)))
                .isCloseTo(stats.get("mean").asDouble(), EXACT);
        Table monthly = table(quarter, "trends-monthly");
        assertThat(monthly.rows()).extracting(List::getFirst).startsWith(Cell.text("January 2026"))
                .endsWith(Cell.text("December 2026")).hasSize(12);
        assertThat(year.cover().title()).isEqualTo("Annual report on readers’ opinions");
        assertThat(table(year, "kpis-mean").rows()).as("the previous year is the same period last year: once")
                .extracting(List::getFirst).containsExactly(Cell.text("2026"), Cell.text("2025"));
    }

    @Test
    void readerGroupsBelowTheMinimumSizeAppearNowhereAndTheirOmissionIsCounted() {
        ReportContent content = report(ReportLanguage.EN);
        JsonNode compare = getJson(api("compare", "question=overall&by=readerGroup&" + NOVEMBER_FILTER));

        Table byGroup = table(content, "comparisons-reader-group");
        List<String> shown = new ArrayList<>();
        compare.get("groups").forEach(group -> {
            if (!group.get("suppressed").asBoolean()) {
                shown.add(group.get("group").asString());
                List<Cell> row = byGroup.rows().stream()
                        .filter(r -> r.get(0).equals(Cell.text(new ReportText(ReportLanguage.EN)
                                .group(uz.fikr.analytics.query.Grouping.READER_GROUP, group.get("group").asString()))))
                        .findFirst().orElseThrow();
                assertThat(number(row.get(2))).isCloseTo(group.get("mean").asDouble(), EXACT);
            }
        });
        assertThat(shown).containsExactlyInAnyOrder("student", "teacher");
        assertThat(byGroup.rows()).hasSize(2);
        assertThat(byGroup.note()).isEqualTo("2 groups are not shown, to protect groups with fewer than 5 answers.");
        String everything = allText(content);
        assertThat(everything).doesNotContain("pupil", "School pupil", "elderly", "Pensioner");
    }

    @Test
    void eachLanguageWritesInItsOwnScript() {
        ReportContent russian = report(ReportLanguage.RU);
        ReportContent uzbek = report(ReportLanguage.UZ_LATN);

        assertThat(russian.cover().title()).isEqualTo("Ежемесячный отчёт о мнениях читателей");
        assertThat(russian.cover().period()).isEqualTo("Ноябрь 2026");
        assertThat(String.join(" ", russian.summary())).containsPattern("\\p{IsCyrillic}{4,}");
        assertThat(russian.cover().surveys()).containsExactly("Качество библиотечного обслуживания");
        assertThat(uzbek.cover().title()).isEqualTo("Kitobxonlar fikri boʻyicha oylik hisobot");
        assertThat(uzbek.cover().period()).isEqualTo("Noyabr 2026");
        assertThat(section(uzbek, SectionId.KPIS).title()).isEqualTo("Asosiy koʻrsatkichlar");
        assertThat(allText(uzbek)).doesNotContainPattern("\\p{IsCyrillic}");
        assertThat(number(table(russian, "kpis-mean").rows().get(0).get(2)))
                .isEqualTo(number(table(uzbek, "kpis-mean").rows().get(0).get(2)));
    }

    @Test
    void commentsAreQuotedWithoutEmailAddressesOrPhoneNumbers() {
        ReportContent content = report(ReportLanguage.EN);

        String comments = table(content, "themes-comments").rows().stream().map(row -> row.get(1).toString())
                .reduce("", String::concat);
        assertThat(comments).contains("Wi-fi ishlamaydi, menga yozing: [e-mail removed] yoki [phone number removed]");
        assertThat(allText(content)).doesNotContain("ali.valiyev", "@mail.uz", "123-45-67");
        assertThat(table(content, "themes-terms").rows()).extracting(row -> row.get(1))
                .contains(Cell.text("yetishmaydi")).doesNotContain(Cell.text("ali"), Cell.text("valiyev"));
    }

    @Test
    void aReportOfTwoSurveysHasEachSectionOncePerSurveyTitledByItAndSaysWhenOneHadNoAnswers() {
        ReportContent content = assembler.assemble(new ReportRequest(List.of(SURVEY, "demo"),
                ReportPeriod.month(YearMonth.of(2026, 11)), ReportLanguage.EN, null, null, "test"), NOVEMBER,
                ReportProgress.NONE);

        assertThat(content.sections()).extracting(Section::id).containsExactly(Stream.of(SectionId.values())
                .flatMap(id -> Stream.of(id, id)).toArray(SectionId[]::new));
        assertThat(content.sections().get(0).title()).isEqualTo("Key figures: Quality of library services");
        assertThat(content.sections().get(1).title()).isEqualTo("Key figures: Your opinion of our library");
        List<String> ids = content.sections().stream().flatMap(section -> Stream.concat(
                section.tables().stream().map(Table::id), section.charts().stream().map(Chart::id))).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9-]+"))
                .contains("service-quality-kpis-mean", "demo-kpis-mean");
        assertThat(content.summary()).first().isEqualTo("Your opinion of our library: No responses were received "
                + "in November 2026.");
    }

    @Test
    void aBranchReportCountsOnlyThatBranchsAnswersAndComments() {
        ReportContent content = assembler.assemble(new ReportRequest(List.of(SURVEY),
                ReportPeriod.month(YearMonth.of(2026, 11)), ReportLanguage.EN, "chilonzor", null, "test"), NOVEMBER,
                ReportProgress.NONE);
        JsonNode stats = question(getJson(api("stats", NOVEMBER_FILTER + "&branch=chilonzor")), "overall");

        assertThat(number(table(content, "kpis-responses").rows().get(0).get(1))).isEqualTo(6);
        assertThat(number(table(content, "kpis-mean").rows().get(0).get(2)))
                .isCloseTo(stats.get("mean").asDouble(), EXACT);
        assertThat(section(content, SectionId.COMPARISONS).tables()).extracting(Table::id)
                .containsExactly("comparisons-reader-group");
        assertThat(section(content, SectionId.THEMES).tables()).isEmpty();
        assertThat(section(content, SectionId.THEMES).paragraphs().getFirst())
                .isEqualTo("There were no groups of 5 or more comments in this period.");
    }

    @Test
    void progressIsToldBeforeEachStep() {
        List<String> steps = new ArrayList<>();
        assembler.assemble(request(ReportLanguage.EN), NOVEMBER, (done, total, step) -> {
            assertThat(total).isEqualTo(8);
            steps.add(done + ":" + step);
        });

        assertThat(steps).containsExactly("0:stats", "1:kpis", "2:quality", "3:comparisons", "4:trends", "5:needs",
                "6:themes", "7:methodology");
    }

    @Test
    void theDirectorsPdfInUzbekPrintsTheApisNumbersInEverySection() throws IOException {
        GeneratedReport report = generate(ReportLanguage.UZ_LATN);
        JsonNode november = question(getJson(api("stats", NOVEMBER_FILTER)), "overall");
        ReportNumbers numbers = new ReportNumbers(ReportLanguage.UZ_LATN);

        String text = pdfText(report.pdf(), "monthly-uz-Latn");
        assertThat(text).contains("Kitobxonlar fikri boʻyicha oylik hisobot", "Noyabr 2026",
                numbers.format(november.get("mean").asDouble(), CellKind.DECIMAL),
                numbers.format(november.get("n").asDouble(), CellKind.COUNT));
        for (Section section : report(ReportLanguage.UZ_LATN).sections()) {
            assertThat(text).contains(section.title());
        }
        assertThat(report.fileName()).isEqualTo("fikr-report-2026-11-uz-Latn");
    }

    @Test
    void theRussianAndEnglishPdfsAreInTheirOwnScriptsAndLeaveSmallGroupsOut() throws IOException {
        String russian = pdfText(generate(ReportLanguage.RU).pdf(), "monthly-ru");
        String english = pdfText(generate(ReportLanguage.EN).pdf(), "monthly-en");

        assertThat(russian).contains("Ежемесячный отчёт о мнениях читателей", "Качество обслуживания");
        assertThat(english).contains("Monthly report on readers’ opinions", "Service quality")
                .doesNotContain("School pupil", "Pensioner");
    }

    @Test
    void theWorkbookHoldsTheApisNumbersAsNumbers() throws IOException {
        GeneratedReport report = generate(ReportLanguage.EN);
        double mean = question(getJson(api("stats", NOVEMBER_FILTER)), "overall").get("mean").asDouble();
        double nps = getJson(api("nps", NOVEMBER_FILTER)).get(0).get("nps").asDouble();

        List<Double> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.xlsx()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + SectionId.values().length);
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            cells.add(cell.getNumericCellValue());
                        }
                    }
                }
            }
        }
        assertThat(cells).contains(mean, nps);
    }

    @Test
    void theSameRequestDataAndMomentGiveTheSameFilesAndProgressCountsTheRendering() {
        List<String> steps = new ArrayList<>();
        GeneratedReport first = generator.generate(request(ReportLanguage.EN), GENERATED,
                (done, total, step) -> steps.add(done + "/" + total + ":" + step));
        GeneratedReport second = generate(ReportLanguage.EN);

        assertThat(first.pdf()).isEqualTo(second.pdf());
        assertThat(first.xlsx()).isEqualTo(second.xlsx());
        assertThat(first.csv()).isEqualTo(second.csv());
        assertThat(steps).startsWith("0/11:stats").endsWith("8/11:pdf", "9/11:xlsx", "10/11:csv", "11/11:done");
    }

    private GeneratedReport generate(ReportLanguage language) {
        return generator.generate(request(language), GENERATED, ReportProgress.NONE);
    }

    /**
     * The PDF's text with lines joined by spaces; the PDF and its first two pages as PNG images are written to
     * {@code target/report-pages} for a reviewer.
     */
    private static String pdfText(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path pages = Files.createDirectories(Path.of("target", "report-pages"));
            Files.write(pages.resolve(name + ".pdf"), pdf);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < Math.min(2, document.getNumberOfPages()); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 100);
                ImageIO.write(image, "png", pages.resolve(name + "-page-" + (page + 1) + ".png").toFile());
            }
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private ReportContent report(ReportLanguage language) {
        return assembler.assemble(request(language), GENERATED, ReportProgress.NONE);
    }

    private static ReportRequest request(ReportLanguage language) {
        return new ReportRequest(List.of(SURVEY), ReportPeriod.month(YearMonth.of(2026, 11)), language, null, null,
                "test");
    }

    private static String api(String endpoint, String query) {
        return "/api/v1/surveys/" + SURVEY + "/" + endpoint + "?" + query;
    }

    private static JsonNode question(JsonNode stats, String id) {
        for (JsonNode question : stats.get("questions")) {
            if (question.get("questionId").asString().equals(id)) {
                return question;
            }
        }
        throw new AssertionError("No " + id + " in " + stats);
    }

    private static Section section(ReportContent content, SectionId id) {
        return content.sections().stream().filter(section -> section.id() == id).findFirst().orElseThrow();
    }

    private static Table table(ReportContent content, String id) {
        return content.sections().stream().flatMap(section -> section.tables().stream())
                .filter(table -> table.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("No table " + id));
    }

    private static double number(Cell cell) {
        assertThat(cell).isInstanceOf(Cell.Number.class);
        return ((Cell.Number) cell).value();
    }

    /** Every word of a report a reader could see: cover, summary, headings, sentences, tables and charts. */
    private static String allText(ReportContent content) {
        List<String> texts = new ArrayList<>(content.summary());
        ReportContent.Cover cover = content.cover();
        texts.addAll(List.of(cover.title(), cover.library(), cover.period(), cover.language(), cover.generated()));
        texts.addAll(cover.surveys());
        for (Section section : content.sections()) {
            texts.add(section.title());
            texts.addAll(section.paragraphs());
            for (Table table : section.tables()) {
                texts.add(table.caption());
                texts.add(String.valueOf(table.note()));
                table.columns().forEach(column -> texts.add(column.header()));
                table.rows().forEach(row -> row.forEach(cell -> texts.add(switch (cell) {
                    case Cell.Text text -> text.value();
                    case Cell.Missing missing -> missing.reason();
                    case Cell.Number number -> "";
                })));
            }
            for (Chart chart : section.charts()) {
                texts.addAll(List.of(chart.title(), chart.description(), chart.valueAxis(), chart.legend().value(),
                        chart.legend().range(), String.valueOf(chart.legend().flagged())));
                chart.points().forEach(point -> texts.add(point.label()));
            }
        }
        return String.join("\n", texts);
    }

    private void send(Instant at, Channel channel, String branch, String group, Map<String, AnswerValue> answers)
            throws Exception {
        UUID id = UUID.randomUUID();
        ResponseSubmitted event = new ResponseSubmitted(ResponseSubmitted.SCHEMA_VERSION, id, SURVEY, 1, at, channel,
                branch, new Respondent(group, "18_24", Map.of()), answers);
        kafka.send(ResponseSubmitted.TOPIC, id.toString(), EventJson.write(event)).get();
    }

    private static long responses() {
        return Long.parseLong(ClickHouseTestServer.shared().query("SELECT uniqExact(response_id) FROM " + DATABASE
                + ".responses").trim());
    }
}
