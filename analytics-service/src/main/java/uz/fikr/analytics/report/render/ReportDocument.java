package uz.fikr.analytics.report.render;

import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import uz.fikr.analytics.report.content.Cell;
import uz.fikr.analytics.report.content.CellKind;
import uz.fikr.analytics.report.content.Chart;
import uz.fikr.analytics.report.content.ReportContent;
import uz.fikr.analytics.report.content.ReportNumbers;
import uz.fikr.analytics.report.content.Section;
import uz.fikr.analytics.report.content.Table;

/**
 * A report as an XHTML document built node by node: every text of the content becomes a text node, so a reader's
 * {@code <script>} is printed as the characters it is. First page: the cover, the summary and the contents; then
 * each section on a new page.
 */
final class ReportDocument {

    private static final int SHORT_TABLE_ROWS = 15;
    private static final int WIDE_TABLE_COLUMNS = 6;
    private static final int LANDSCAPE_TABLE_COLUMNS = 10;

    private final ReportContent content;
    private final RenderMessages messages;
    private final ReportNumbers numbers;
    private final Document dom;

    private ReportDocument(ReportContent content, Document dom) {
        this.content = content;
        this.messages = new RenderMessages(content.language());
        this.numbers = new ReportNumbers(content.language());
        this.dom = dom;
    }

    static Document build(ReportContent content, String css) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var document = new ReportDocument(content, factory.newDocumentBuilder().newDocument());
            return document.write(css);
        }
        catch (ParserConfigurationException ex) {
            throw new IllegalStateException("No XML document builder", ex);
        }
    }

    private Document write(String css) {
        Element html = dom.createElementNS("http://www.w3.org/1999/xhtml", "html");
        html.setAttribute("lang", content.language().code());
        dom.appendChild(html);
        Element head = add(html, "head");
        text(head, "title", content.cover().title());
        meta(head, "subject", content.cover().title() + " · " + content.cover().period());
        meta(head, "author", content.cover().library());
        text(head, "style", css);
        Element bookmarks = add(head, "bookmarks");
        Element body = add(html, "body");
        footer(body);
        cover(body);
        summary(body);
        contents(body);
        for (Section section : content.sections()) {
            Element bookmark = add(bookmarks, "bookmark");
            bookmark.setAttribute("name", section.title());
            bookmark.setAttribute("href", "#" + anchor(section));
            section(body, section);
        }
        return dom;
    }

    /** The running footer: library and period on the left, "Page n of m" on the right. */
    private void footer(Element body) {
        Element footer = classed(body, "div", "footer");
        classed(footer, "span", "footer-left").appendChild(dom.createTextNode(
                content.cover().library() + " · " + content.cover().period()));
        Element page = classed(footer, "span", "footer-right");
        String[] parts = messages.get("page.footer").split("\\{[01]\\}", -1);
        String pattern = messages.get("page.footer");
        boolean pageFirst = pattern.indexOf("{0}") < pattern.indexOf("{1}");
        for (int i = 0; i < parts.length; i++) {
            page.appendChild(dom.createTextNode(parts[i]));
            if (i < parts.length - 1) {
                classed(page, "span", (i == 0) == pageFirst ? "page-number" : "page-count");
            }
        }
    }

    private void cover(Element body) {
        var cover = content.cover();
        Element block = classed(body, "div", "cover");
        classed(block, "p", "library").appendChild(dom.createTextNode(cover.library()));
        text(block, "h1", cover.title());
        fact(block, "cover.period", cover.period());
        fact(block, "cover.surveys", String.join("; ", cover.surveys()));
        fact(block, "cover.language", cover.language());
        classed(block, "p", "generated").appendChild(dom.createTextNode(cover.generated()));
    }

    private void fact(Element cover, String label, String value) {
        Element fact = classed(cover, "p", "fact");
        classed(fact, "span", "label").appendChild(dom.createTextNode(messages.get(label)));
        fact.appendChild(dom.createTextNode(value));
    }

    private void summary(Element body) {
        Element block = classed(body, "div", "summary");
        text(block, "h2", messages.get("summary.heading"));
        Element list = add(block, "ul");
        content.summary().forEach(sentence -> text(list, "li", sentence));
    }

    private void contents(Element body) {
        Element block = classed(body, "div", "contents");
        text(block, "h2", messages.get("contents"));
        Element list = classed(block, "ul", "toc");
        for (Section section : content.sections()) {
            Element link = text(add(list, "li"), "a", section.title());
            link.setAttribute("href", "#" + anchor(section));
            link.setAttribute("title", section.title());
        }
    }

    private void section(Element body, Section section) {
        Element block = classed(body, "div", "section");
        text(block, "h2", section.title()).setAttribute("id", anchor(section));
        section.paragraphs().forEach(paragraph -> text(block, "p", paragraph));
        section.charts().stream().filter(chart -> !chart.points().isEmpty()).forEach(chart -> chart(block, chart));
        section.tables().forEach(table -> table(block, table));
    }

    private void chart(Element section, Chart chart) {
        Element figure = classed(section, "div", "figure");
        text(figure, "h3", chart.title());
        Element object = classed(figure, "object", "chart");
        object.setAttribute("type", ChartObjects.TYPE);
        object.setAttribute(ChartObjects.CHART_ATTRIBUTE, chart.id());
        object.setAttribute("alt", chart.description());
        int rows = chart.points().size();
        double height = switch (chart.kind()) {
            case TREND -> 80;
            case INTERVALS, ZONE -> Math.min(190, 26 + 8.5 * rows);
        };
        object.setAttribute("style", "height: " + height + "mm;");
    }

    private void table(Element section, Table table) {
        // a short table moves to the next page whole rather than leave its caption and header behind; a wide one
        // is laid out to the page's width, its first (text) column a fifth of it; the widest get a landscape page
        String shape = (table.rows().size() <= SHORT_TABLE_ROWS ? " short" : "")
                + (table.columns().size() >= WIDE_TABLE_COLUMNS ? " wide" : "")
                + (table.columns().size() >= LANDSCAPE_TABLE_COLUMNS ? " landscape" : "");
        Element block = classed(section, "div", "table-block" + shape);
        text(block, "h3", table.caption());
        Element element = add(block, "table");
        Element header = add(add(element, "thead"), "tr");
        for (Table.Column column : table.columns()) {
            Element th = text(header, "th", column.header());
            th.setAttribute("scope", "col");
            th.setAttribute("class", column.kind() == CellKind.TEXT ? "text" : "num");
        }
        Element rows = add(element, "tbody");
        for (int r = 0; r < table.rows().size(); r++) {
            Element tr = classed(rows, "tr", r % 2 == 1 ? "even" : "odd");
            List<Cell> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                CellKind kind = table.columns().get(c).kind();
                Cell cell = cells.get(c);
                String align = kind == CellKind.TEXT ? "text" : "num";
                classed(tr, "td", cell instanceof Cell.Missing ? align + " missing" : align)
                        .appendChild(dom.createTextNode(CellTexts.written(cell, kind, numbers)));
            }
        }
        if (table.note() != null) {
            classed(block, "p", "note").appendChild(dom.createTextNode(table.note()));
        }
    }

    private void meta(Element head, String name, String value) {
        Element meta = add(head, "meta");
        meta.setAttribute("name", name);
        meta.setAttribute("content", value);
    }

    private static String anchor(Section section) {
        return "section-" + section.id().id();
    }

    private Element add(Element parent, String name) {
        Element element = dom.createElementNS("http://www.w3.org/1999/xhtml", name);
        parent.appendChild(element);
        return element;
    }

    private Element text(Element parent, String name, String text) {
        Element element = add(parent, name);
        element.appendChild(dom.createTextNode(text));
        return element;
    }

    private Element classed(Element parent, String name, String cssClass) {
        Element element = add(parent, name);
        element.setAttribute("class", cssClass);
        return element;
    }
}
