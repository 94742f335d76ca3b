package uz.fikr.analytics.report.render;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.analytics.report.content.Cell;
import uz.fikr.analytics.report.content.CellKind;
import uz.fikr.analytics.report.content.Chart;
import uz.fikr.analytics.report.content.ChartKind;
import uz.fikr.analytics.report.content.ReportContent;
import uz.fikr.analytics.report.content.Section;
import uz.fikr.analytics.report.content.SectionId;
import uz.fikr.analytics.report.content.Table;

/** A monthly report of a city library as the content step words it, in any of the three languages. */
final class ReportFixtures {

    static final String COMMENT = "<script>alert(1)</script> =HYPERLINK(\"http://x\")";
    static final String FORMULA_COMMENT = "=HYPERLINK(\"http://x\",\"click\")";
    static final double SATISFACTION = 4.1234;
    static final double TOP_TWO_BOX = 0.4537;
    static final double READING_ROOM_GAP = -0.4321;
    static final double P_CHANGE = 0.0234;
    static final int RESPONSES = 1287;

    private final ReportLanguage language;

    private ReportFixtures(ReportLanguage language) {
        this.language = language;
    }

    static ReportContent report(ReportLanguage language) {
        return new ReportFixtures(language).content();
    }

    private String t(String uz, String ru, String en) {
        return switch (language) {
            case UZ_LATN -> uz;
            case RU -> ru;
            case EN -> en;
        };
    }

    private ReportContent content() {
        var cover = new ReportContent.Cover(
                t("Kitobxonlar fikri boʻyicha oylik hisobot", "Ежемесячный отчёт о мнениях читателей",
                        "Monthly report on readers' opinions"),
                t("Alisher Navoiy nomidagi shahar kutubxonasi", "Городская библиотека имени Алишера Навои",
                        "Alisher Navoi City Library"),
                t("2026-yil noyabr", "Ноябрь 2026", "November 2026"),
                List.of(t("Kutubxona xizmatlari sifati", "Качество библиотечных услуг", "Library service quality")),
                t("Oʻzbekcha", "Русский", "English"),
                t("2026-yil 1-dekabr, 08:00 (Asia/Tashkent) da tayyorlandi",
                        "Подготовлен 1 декабря 2026 в 08:00 (Asia/Tashkent)",
                        "Generated on 1 December 2026 at 08:00 (Asia/Tashkent)"));
        List<String> summary = List.of(
                t("Umumiy qoniqish 3,87 dan 4,12 ga oshdi (ahamiyatli, p = 0,023).",
                        "Общая удовлетворённость выросла с 3,87 до 4,12 (значимо, p = 0,023).",
                        "Overall satisfaction rose from 3.87 to 4.12 (significant, p = 0.023)."),
                t("Eng katta uzilish: Oʻquv zali jihozlari minimal darajadan 0,43 past.",
                        "Самый большой разрыв: оборудование читального зала на 0,43 ниже минимума.",
                        "Largest gap: reading room equipment is 0.43 below the minimum."),
                t("Kitobxonlar eng koʻp elektron kitoblar va kechki ish vaqtini soʻramoqda; "
                        + "maʼlumot xizmati yaxshilandi.",
                        "Читатели чаще всего просят электронные книги и вечерние часы работы.",
                        "Readers most often ask for e-books and evening opening hours."));
        return new ReportContent(language, cover, summary, List.of(kpis(), quality(), comparisons(), trends(),
                needs(), themes(), methodology()));
    }

    private Section kpis() {
        var table = new Table("kpi-means", t("Asosiy koʻrsatkichlar", "Ключевые показатели", "Key figures"),
                List.of(new Table.Column(t("Koʻrsatkich", "Показатель", "Figure"), CellKind.TEXT),
                        new Table.Column(t("Oʻrtacha", "Среднее", "Mean"), CellKind.DECIMAL),
                        new Table.Column(t("Oʻzgarish", "Изменение", "Change"), CellKind.SIGNED_DECIMAL),
                        new Table.Column("p", CellKind.P_VALUE),
                        new Table.Column("n", CellKind.COUNT)),
                List.of(List.of(Cell.text(t("Umumiy qoniqish", "Общая удовлетворённость", "Overall satisfaction")),
                                Cell.number(SATISFACTION), Cell.number(0.2534), Cell.number(P_CHANGE),
                                Cell.number(RESPONSES)),
                        List.of(Cell.text(t("Xodimlarning xushmuomalaligi", "Вежливость сотрудников",
                                        "Staff courtesy")), Cell.number(4.5), Cell.number(-0.0412),
                                Cell.number(0.0004), Cell.number(1250))),
                null);
        var shares = new Table("kpi-shares", t("Tavsiya va qoniqish ulushi", "Рекомендации и доля довольных",
                "Recommendation and top-2-box share"),
                List.of(new Table.Column(t("Koʻrsatkich", "Показатель", "Figure"), CellKind.TEXT),
                        new Table.Column(t("Ulush", "Доля", "Share"), CellKind.PERCENT),
                        new Table.Column("NPS", CellKind.POINTS)),
                List.of(List.of(Cell.text(t("Shu oy", "Этот месяц", "This month")), Cell.number(TOP_TWO_BOX),
                        Cell.number(31.25))),
                t("NPS: tavsiya etuvchilar ulushi minus tanqidchilar ulushi.",
                        "NPS: доля рекомендующих минус доля критиков.", "NPS: promoters minus detractors."));
        var chart = new Chart("kpi-intervals", t("Asosiy koʻrsatkichlar, 95% ishonch oraligʻi bilan",
                "Ключевые показатели с 95% доверительным интервалом", "Key figures with 95% confidence intervals"),
                t("Umumiy qoniqish 4,12, oraligʻi 4,05 dan 4,19 gacha", "Общая удовлетворённость 4,12",
                        "Overall satisfaction 4.12, interval 4.05 to 4.19; staff courtesy 4.50"),
                ChartKind.INTERVALS, t("Oʻrtacha baho (1–5)", "Средняя оценка (1–5)",
                        "Mean rating (1–5)"), 1, 5, legend(t("Oʻrtacha", "Среднее", "Mean"),
                        t("95% ishonch oraligʻi", "95% доверительный интервал", "95% confidence interval"), null),
                List.of(new Chart.Point(t("Umumiy qoniqish", "Общая удовлетворённость", "Overall satisfaction"),
                                SATISFACTION, 4.05, 4.19, false),
                        new Chart.Point(t("Xodimlarning xushmuomalaligi", "Вежливость сотрудников", "Staff courtesy"),
                                4.5, 4.41, 4.59, false)));
        return new Section(SectionId.KPIS, t("Asosiy koʻrsatkichlar", "Ключевые показатели", "Key figures"),
                List.of(t("Oʻtgan oy va oʻtgan yilning shu oyi bilan solishtirish.",
                        "Сравнение с прошлым месяцем и тем же месяцем прошлого года.",
                        "Compared with the previous month and the same month last year.")),
                List.of(chart), List.of(table, shares));
    }

    private Section quality() {
        String[][] items = {
                {"Oʻquv zali jihozlari", "Оборудование читального зала", "Reading room equipment"},
                {"Kerakli kitobni tez topish", "Быстрый поиск нужной книги", "Finding a book quickly"},
                {"Xodimlarning bilimi", "Компетентность сотрудников", "Staff competence"},
                {"Elektron katalog", "Электронный каталог", "Online catalogue"}};
        double[][] values = {{6.1, 7.9, 5.6679}, {5.8, 7.6, 6.4}, {6.0, 8.1, 7.35}, {5.5, 7.7, 6.9}};
        var rows = new ArrayList<List<Cell>>();
        var points = new ArrayList<Chart.Point>();
        for (int i = 0; i < items.length; i++) {
            String item = t(items[i][0], items[i][1], items[i][2]);
            double gap = i == 0 ? READING_ROOM_GAP : values[i][2] - values[i][0];
            rows.add(List.of(Cell.text(item), Cell.number(values[i][0]), Cell.number(values[i][1]),
                    Cell.number(values[i][2]), Cell.number(gap), Cell.number(200 + 37 * i)));
            points.add(new Chart.Point(item, values[i][2], values[i][0], values[i][1], gap < 0));
        }
        var table = new Table("quality-gaps", t("Har bir band boʻyicha uzilish", "Разрыв по каждому пункту",
                "Gap per item (perceived minus minimum)"),
                List.of(new Table.Column(t("Band", "Пункт", "Item"), CellKind.TEXT),
                        new Table.Column(t("Minimal", "Минимум", "Minimum"), CellKind.DECIMAL),
                        new Table.Column(t("Istalgan", "Желаемый", "Desired"), CellKind.DECIMAL),
                        new Table.Column(t("Sezilgan", "Воспринимаемый", "Perceived"), CellKind.DECIMAL),
                        new Table.Column(t("Uzilish", "Разрыв", "Adequacy gap"), CellKind.SIGNED_DECIMAL),
                        new Table.Column("n", CellKind.COUNT)),
                rows, t("12 ta nomuvofiq javob chiqarib tashlandi.", "Исключено 12 противоречивых ответов.",
                        "12 inconsistent answers were excluded."));
        var chart = new Chart("quality-zone", t("Tolerantlik zonasi va sezilgan daraja", "Зона толерантности",
                "Zone of tolerance and perceived level"),
                t("Oʻquv zali jihozlari minimaldan past", "Оборудование читального зала ниже минимума",
                        "Reading room equipment is below the minimum; the other items are inside the zone"),
                ChartKind.ZONE, t("Baho (1–9)", "Оценка (1–9)", "Rating (1–9)"), 1,
                9, legend(t("Sezilgan", "Воспринимаемый", "Perceived"),
                        t("Tolerantlik zonasi (minimaldan istalgangacha)",
                                "Зона толерантности (от минимума до желаемого)",
                                "Zone of tolerance (minimum to desired)"),
                        t("Minimaldan past", "Ниже минимума", "Below minimum")), points);
        return new Section(SectionId.QUALITY, t("Xizmat sifati", "Качество обслуживания", "Service quality"),
                List.of(t("Kitobxonlar har bir bandni minimal, istalgan va sezilgan darajada baholadi.",
                        "Читатели оценили каждый пункт по минимальному, желаемому и воспринимаемому уровню.",
                        "Readers rated each item at its minimum, desired and perceived level.")),
                List.of(chart), List.of(table));
    }

    private Section comparisons() {
        String[][] branches = {{"Markaziy kutubxona", "Центральная библиотека", "Central library"},
                {"Chilonzor filiali", "Филиал Чиланзар", "Chilonzor branch"},
                {"Yunusobod filiali", "Филиал Юнусабад", "Yunusobod branch"}};
        double[] means = {4.21, 3.74, 4.02};
        var rows = new ArrayList<List<Cell>>();
        var points = new ArrayList<Chart.Point>();
        for (int i = 0; i < branches.length; i++) {
            String branch = t(branches[i][0], branches[i][1], branches[i][2]);
            rows.add(List.of(Cell.text(branch), Cell.number(means[i]), Cell.number(means[i] - 0.12),
                    Cell.number(means[i] + 0.12), Cell.number(400 - 90 * i)));
            points.add(new Chart.Point(branch, means[i], means[i] - 0.12, means[i] + 0.12, false));
        }
        rows.add(List.of(Cell.text(t("Koʻzi ojiz kitobxonlar", "Незрячие читатели", "Blind readers")),
                Cell.missing(t("javoblar juda kam", "слишком мало ответов", "too few answers")),
                Cell.missing("—"), Cell.missing("—"), Cell.missing("—")));
        var table = new Table("comparisons-branches", t("Filiallar boʻyicha qoniqish", "Удовлетворённость по филиалам",
                "Satisfaction by branch"),
                List.of(new Table.Column(t("Filial", "Филиал", "Branch"), CellKind.TEXT),
                        new Table.Column(t("Oʻrtacha", "Среднее", "Mean"), CellKind.DECIMAL),
                        new Table.Column(t("Quyi chegara", "Нижняя граница", "Lower bound"), CellKind.DECIMAL),
                        new Table.Column(t("Yuqori chegara", "Верхняя граница", "Upper bound"), CellKind.DECIMAL),
                        new Table.Column("n", CellKind.COUNT)),
                rows, t("5 tadan kam javobli guruhlar koʻrsatilmaydi.", "Группы менее чем из 5 ответов не показаны.",
                        "Groups with fewer than 5 answers are not shown."));
        var chart = new Chart("comparisons-branches", t("Filiallar", "Филиалы", "Branches"),
                t("Chilonzor filiali eng past", "Филиал Чиланзар ниже остальных", "Chilonzor branch is lowest"),
                ChartKind.INTERVALS, t("Oʻrtacha baho (1–5)", "Средняя оценка (1–5)",
                        "Mean rating (1–5)"), 1, 5, legend(t("Oʻrtacha", "Среднее", "Mean"),
                        t("95% ishonch oraligʻi", "95% доверительный интервал", "95% confidence interval"), null),
                points);
        return new Section(SectionId.COMPARISONS, t("Solishtirishlar", "Сравнения", "Comparisons"),
                List.of(t("Filiallar orasidagi farq ahamiyatli (Welch, Holm).",
                        "Различия между филиалами значимы (Уэлч, Холм).",
                        "Branches differ significantly (Welch, Holm).")), List.of(chart), List.of(table));
    }

    private Section trends() {
        String[][] months = {{"iyun", "июнь", "Jun"}, {"iyul", "июль", "Jul"}, {"avgust", "август", "Aug"},
                {"sentabr", "сентябрь", "Sep"}, {"oktabr", "октябрь", "Oct"}, {"noyabr", "ноябрь", "Nov"}};
        Double[] means = {3.91, 3.88, null, 3.79, 3.87, SATISFACTION};
        var rows = new ArrayList<List<Cell>>();
        var points = new ArrayList<Chart.Point>();
        for (int i = 0; i < months.length; i++) {
            String month = t(months[i][0], months[i][1], months[i][2]);
            Double mean = means[i];
            if (mean == null) {
                rows.add(List.of(Cell.text(month), Cell.missing(t("javoblar juda kam", "слишком мало ответов",
                        "too few answers")), Cell.missing("—")));
                points.add(new Chart.Point(month, null, null, null, false));
            }
            else {
                rows.add(List.of(Cell.text(month), Cell.number(mean), Cell.number(150 + 20 * i)));
                points.add(new Chart.Point(month, mean, mean - 0.1, mean + 0.1, i == 5));
            }
        }
        var table = new Table("trends-satisfaction", t("Oylar boʻyicha qoniqish", "Удовлетворённость по месяцам",
                "Satisfaction by month"),
                List.of(new Table.Column(t("Oy", "Месяц", "Month"), CellKind.TEXT),
                        new Table.Column(t("Oʻrtacha", "Среднее", "Mean"), CellKind.DECIMAL),
                        new Table.Column("n", CellKind.COUNT)), rows, null);
        var chart = new Chart("trends-satisfaction", t("Qoniqish tendensiyasi", "Динамика удовлетворённости",
                "Satisfaction trend"), t("Avgust oyi maʼlumoti yetarli emas", "Август скрыт: мало ответов",
                        "August is hidden (too few answers); November is a significant rise"),
                ChartKind.TREND, t("Oʻrtacha baho (1–5)", "Средняя оценка (1–5)",
                        "Mean rating (1–5)"), 3, 4.5, legend(t("Oʻrtacha", "Среднее", "Mean"),
                        t("95% ishonch oraligʻi", "95% доверительный интервал", "95% confidence interval"),
                        t("Ahamiyatli oʻzgarish", "Значимое изменение", "Significant change")), points);
        return new Section(SectionId.TRENDS, t("Tendensiyalar", "Динамика", "Trends"), List.of(), List.of(chart),
                List.of(table));
    }

    private Section needs() {
        var table = new Table("needs-wanted", t("Kitobxonlar soʻragan xizmatlar", "Услуги, которые просят читатели",
                "Services readers ask for"),
                List.of(new Table.Column(t("Xizmat", "Услуга", "Service"), CellKind.TEXT),
                        new Table.Column(t("Ulush", "Доля", "Share"), CellKind.PERCENT),
                        new Table.Column("n", CellKind.COUNT)),
                List.of(List.of(Cell.text(t("Elektron kitoblar", "Электронные книги", "E-books")), Cell.number(0.382),
                                Cell.number(492)),
                        List.of(Cell.text(t("Kechki ish vaqti", "Вечерние часы", "Evening hours")), Cell.number(0.2911),
                                Cell.number(375))), null);
        return new Section(SectionId.NEEDS, t("Kitobxonlar ehtiyojlari", "Потребности читателей", "Reader needs"),
                List.of(), List.of(), List.of(table));
    }

    private Section themes() {
        var table = new Table("themes-comments", t("Mavzular va izohlar", "Темы и комментарии", "Themes and comments"),
                List.of(new Table.Column(t("Mavzu", "Тема", "Theme"), CellKind.TEXT),
                        new Table.Column("n", CellKind.COUNT),
                        new Table.Column(t("Izoh", "Комментарий", "Comment"), CellKind.TEXT)),
                List.of(List.of(Cell.text(t("Oʻquv zali", "Читальный зал", "Reading room")), Cell.number(57),
                                Cell.text(t("Oʻquv zalida rozetkalar yetishmaydi, maʼlumot qidirish qiyin.",
                                        "В читальном зале мало розеток.", "Not enough sockets in the reading room."))),
                        List.of(Cell.text(t("Sayt", "Сайт", "Website")), Cell.number(12), Cell.text(COMMENT)),
                        List.of(Cell.text(t("Boshqa", "Другое", "Other")), Cell.number(3), Cell.text(FORMULA_COMMENT))),
                t("Izohlardan shaxsiy maʼlumotlar olib tashlangan.", "Личные данные удалены из комментариев.",
                        "Personal data was removed from the comments."));
        return new Section(SectionId.THEMES, t("Mavzular va izohlar", "Темы и комментарии", "Themes and comments"),
                List.of(), List.of(), List.of(table));
    }

    private Section methodology() {
        var table = new Table("methodology-channels", t("Kanallar boʻyicha javoblar", "Ответы по каналам",
                "Responses per channel"),
                List.of(new Table.Column(t("Kanal", "Канал", "Channel"), CellKind.TEXT),
                        new Table.Column(t("Javoblar", "Ответы", "Responses"), CellKind.COUNT),
                        new Table.Column(t("Ulush", "Доля", "Share"), CellKind.PERCENT)),
                List.of(List.of(Cell.text(t("Veb-shakl", "Веб-форма", "Web form")), Cell.number(804),
                                Cell.number(804.0 / RESPONSES)),
                        List.of(Cell.text("QR"), Cell.number(483), Cell.number(483.0 / RESPONSES))),
                null);
        return new Section(SectionId.METHODOLOGY, t("Metodologiya", "Методология", "Methodology"),
                List.of(t("Xatolik chegarasi ±2,7 foiz punkti; Welch t-testi, Holm tuzatishi.",
                        "Погрешность ±2,7 п. п.; t-тест Уэлча, поправка Холма.",
                        "Margin of error ±2.7 points; Welch's t-test with Holm's correction.")),
                List.of(), List.of(table));
    }

    private static Chart.Legend legend(String value, String range, @Nullable String flagged) {
        return new Chart.Legend(value, range, flagged);
    }
}
