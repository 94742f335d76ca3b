package uz.fikr.analytics.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.analytics.report.content.Cell;
import uz.fikr.analytics.report.content.CellKind;
import uz.fikr.analytics.report.content.Chart;
import uz.fikr.analytics.report.content.ReportContent;
import uz.fikr.analytics.report.content.ReportNumbers;
import uz.fikr.analytics.report.content.Section;
import uz.fikr.analytics.report.content.Table;

class PdfReportRendererTests {

    private static final Instant GENERATED = Instant.parse("2026-12-01T03:00:00Z");
    private static final Path PAGES = Path.of("target", "report-pages");

    private static PdfReportRenderer renderer;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
        renderer = new PdfReportRenderer();
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void theTextHoldsTheCoverEverySectionAndTheNumbersAsTheLocaleWritesThem(ReportLanguage language)
            throws IOException {
        ReportContent content = ReportFixtures.report(language);
        String text = text(renderer.render(content, GENERATED));
        var numbers = new ReportNumbers(language);

        var cover = content.cover();
        assertThat(text).contains(cover.title(), cover.library(), cover.period(), cover.surveys().getFirst(),
                cover.language(), cover.generated());
        assertThat(text).contains(content.summary());
        assertThat(text).contains(content.sections().stream().map(Section::title).toList());
        assertThat(text).contains(numbers.format(ReportFixtures.SATISFACTION, CellKind.DECIMAL),
                numbers.format(ReportFixtures.TOP_TWO_BOX, CellKind.PERCENT),
                numbers.format(ReportFixtures.READING_ROOM_GAP, CellKind.SIGNED_DECIMAL),
                numbers.format(ReportFixtures.P_CHANGE, CellKind.P_VALUE),
                numbers.format(0.0004, CellKind.P_VALUE),
                numbers.format(31.25, CellKind.POINTS),
                numbers.format(ReportFixtures.RESPONSES, CellKind.COUNT));
    }

    @Test
    void cyrillicAndTheUzbekTurnedCommaComeOutAsText() throws IOException {
        assertThat(text(renderer.render(ReportFixtures.report(ReportLanguage.RU), GENERATED)))
                .contains("Читальный зал");
        assertThat(text(renderer.render(ReportFixtures.report(ReportLanguage.UZ_LATN), GENERATED)))
                .contains("Oʻquv zali", "maʼlumot").contains("\u02BB").contains("\u02BC");
    }

    @Test
    void aReadersMarkupIsPrintedAsTheCharactersHeWroteAndNoScriptEndsUpInTheFile() throws IOException {
        byte[] pdf = renderer.render(ReportFixtures.report(ReportLanguage.EN), GENERATED);

        assertThat(text(pdf)).contains(ReportFixtures.COMMENT);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getCOSObject().getDictionaryObject(COSName.OPEN_ACTION)).isNull();
            assertThat(catalog.getNames() == null || catalog.getNames().getJavaScript() == null).isTrue();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    assertThat(annotation instanceof PDAnnotationLink link
                            && link.getAction() instanceof PDActionJavaScript).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void theDocumentIsTaggedWithItsLanguageAndTitleAndEmbedsEveryFont(ReportLanguage language) throws IOException {
        ReportContent content = ReportFixtures.report(language);
        try (PDDocument document = Loader.loadPDF(renderer.render(content, GENERATED))) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualToIgnoringCase(language.code());
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(content.cover().title());
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();

            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, new HashSet<>());
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as("%s is embedded", font.getName()).isTrue());
        }
    }

    @Test
    void everyChartIsAFigureWhoseAlternativeTextIsItsDescription() throws IOException {
        ReportContent content = ReportFixtures.report(ReportLanguage.EN);
        List<String> descriptions = content.sections().stream().flatMap(section -> section.charts().stream())
                .map(Chart::description).toList();
        try (PDDocument document = Loader.loadPDF(renderer.render(content, GENERATED))) {
            List<String> figures = new ArrayList<>();
            figures(document.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);

            assertThat(figures).containsExactlyElementsOf(descriptions);
        }
    }

    @Test
    void aTableLongerThanAPageRepeatsItsHeaderRowOnTheNextPage() throws IOException {
        ReportContent content = ReportFixtures.report(ReportLanguage.EN);
        List<List<Cell>> rows = IntStream.range(0, 90)
                .mapToObj(i -> List.<Cell>of(Cell.text("Group " + i), Cell.number(i))).toList();
        var table = new Table("long", "Answers per group", List.of(new Table.Column("Reader group", CellKind.TEXT),
                new Table.Column("Answers", CellKind.COUNT)), rows, null);
        var sections = new ArrayList<>(content.sections());
        Section needs = sections.get(4);
        sections.set(4, new Section(needs.id(), needs.title(), needs.paragraphs(), needs.charts(), List.of(table)));
        var longer = new ReportContent(content.language(), content.cover(), content.summary(), sections);

        try (PDDocument document = Loader.loadPDF(renderer.render(longer, GENERATED))) {
            var stripper = new PDFTextStripper();
            List<Integer> pagesWithHeader = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (stripper.getText(document).contains("Reader group Answers")) {
                    pagesWithHeader.add(page);
                }
            }
            assertThat(pagesWithHeader).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void twoRendersOfTheSameReportAreByteIdentical() {
        ReportContent content = ReportFixtures.report(ReportLanguage.UZ_LATN);

        assertThat(renderer.render(content, GENERATED)).isEqualTo(renderer.render(content, GENERATED));
    }

    @Test
    void theBytesDoNotDependOnTheServersTimeZone() {
        ReportContent content = ReportFixtures.report(ReportLanguage.RU);
        List<byte[]> renders = ZoneIndependence.renderIn(() -> renderer.render(content, GENERATED), "UTC",
                "Asia/Tashkent");

        assertThat(renders).allSatisfy(bytes -> assertThat(bytes).isEqualTo(renders.getFirst()));
    }

    @Test
    void theFileCarriesTheMomentItWasGeneratedNotTheClock() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(ReportFixtures.report(ReportLanguage.EN),
                GENERATED))) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(GENERATED);
            assertThat(document.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(GENERATED);
        }
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void theFirstPagesRenderToImagesAReviewerCanLookAt(ReportLanguage language) throws IOException {
        Files.createDirectories(PAGES);
        try (PDDocument document = Loader.loadPDF(renderer.render(ReportFixtures.report(language), GENERATED))) {
            var pages = new PDFRenderer(document);
            for (int i = 0; i < Math.min(3, document.getNumberOfPages()); i++) {
                BufferedImage image = pages.renderImageWithDPI(i, 100);
                ImageIO.write(image, "png", PAGES.resolve(language.code() + "-page-" + (i + 1) + ".png").toFile());
                assertThat(inkedShare(image)).as("page %d is not blank", i + 1).isGreaterThan(0.01);
            }
        }
    }

    private static void figures(List<Object> kids, List<String> alternatives) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    alternatives.add(element.getAlternateDescription());
                }
                figures(element.getKids(), alternatives);
            }
        }
    }

    private static double inkedShare(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts, Set<COSName> seen)
            throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && seen.add(name)) {
                collectFonts(form.getResources(), fonts, seen);
            }
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
        }
    }
}
