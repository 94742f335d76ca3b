-- Report definitions: what to generate on which schedule and whom to send it. A change is a new row with a higher
-- version (milliseconds since 1970, kept above the previous one); a deletion is a row with deleted = 1. Every read
-- takes the latest row per id (FINAL) and leaves deleted ones out; the archived reports stay.

CREATE TABLE IF NOT EXISTS ${database}.report_definitions
(
    id          String,
    name        String,
    survey_ids  Array(String),
    period_kind String,
    language    String,
    branch      String,
    recipients  Array(String),
    cron        String,
    time_zone   String,
    enabled     UInt8,
    deleted     UInt8,
    version     UInt64,
    changed_at  DateTime
)
ENGINE = ReplacingMergeTree(version)
ORDER BY id;

-- Every attempt to deliver a scheduled report: one row when the e-mail was sent (status 'sent'), one per failed
-- attempt (status 'failed', with the reason). A (definition, period) with a 'sent' row is never sent again: the
-- delivery listener looks here before it sends, and the scheduler before it asks for a delivery.

CREATE TABLE IF NOT EXISTS ${database}.report_deliveries
(
    definition_id String,
    period_kind   String,
    period_from   Date,
    period_to     Date,
    fire_time     DateTime,
    status        Enum8('sent' = 1, 'failed' = 2),
    report_id     String,
    recipients    Array(String),
    message_id    String,
    error         String,
    attempted_at  DateTime,
    attempted_ms  UInt16
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(period_from)
ORDER BY (definition_id, period_from, attempted_at)
