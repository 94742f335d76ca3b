-- Every generated report, archived once with who asked, when and for which period, and its three files exactly as
-- generated. The files are base64 text: the Java client reads a String column as UTF-8, which would change raw
-- bytes, and base64 survives that unchanged (ClickHouse compresses the column, which takes back part of the third
-- base64 adds). Each file's size and SHA-256 are of the decoded bytes; the SHA-256 is the download's ETag.
-- A report is inserted once; should an insert be sent twice (a timeout after ClickHouse took it), the copies share
-- their id and ReplacingMergeTree folds them, and every read takes one row per id.

CREATE TABLE IF NOT EXISTS ${database}.reports
(
    id            UUID,
    definition_id String,
    survey_ids    Array(String),
    period_kind   String,
    period_from   Date,
    period_to     Date,
    language      String,
    branch        String,
    requested_by  String,
    generated_at  DateTime,
    generated_ms  UInt16,
    title         String,
    file_name     String,
    pdf           String,
    pdf_size      UInt64,
    pdf_sha256    String,
    xlsx          String,
    xlsx_size     UInt64,
    xlsx_sha256   String,
    csv           String,
    csv_size      UInt64,
    csv_sha256    String
)
ENGINE = ReplacingMergeTree(generated_at)
PARTITION BY toYYYYMM(generated_at)
ORDER BY id
