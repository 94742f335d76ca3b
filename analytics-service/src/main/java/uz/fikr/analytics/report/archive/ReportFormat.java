package uz.fikr.analytics.report.archive;

import java.util.Arrays;
import java.util.Optional;
import uz.fikr.analytics.report.GeneratedReport;

/** The three files of a report: what each is called, how it is served and where the archive keeps it. */
public enum ReportFormat {
    PDF("pdf", "application/pdf", ".pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    CSV("csv", "application/zip", "-csv.zip");

    private final String code;
    private final String mediaType;
    private final String suffix;

    ReportFormat(String code, String mediaType, String suffix) {
        this.code = code;
        this.mediaType = mediaType;
        this.suffix = suffix;
    }

    /** The path segment and JSON key ({@code pdf}, {@code xlsx}, {@code csv}), also the column that holds it. */
    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The download's name: the report's file name and this format's ending (the CSV files come in a ZIP). */
    public String fileName(String baseName) {
        return baseName + suffix;
    }

    byte[] bytesOf(GeneratedReport report) {
        return switch (this) {
            case PDF -> report.pdf();
            case XLSX -> report.xlsx();
            case CSV -> report.csv();
        };
    }

    public static Optional<ReportFormat> fromCode(String code) {
        return Arrays.stream(values()).filter(format -> format.code.equals(code)).findFirst();
    }
}
