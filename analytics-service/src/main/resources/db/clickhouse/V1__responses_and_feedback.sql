-- Responses at two grains: one row per response (who, where, when) and one row per answer.
-- Rows are never updated in place. A response delivered twice (a redelivery after a crash, or a client
-- resubmitting the same responseId) is inserted twice; ReplacingMergeTree folds the copies in the background
-- and every read de-duplicates by response_id, so a response is counted once whether or not the merge happened.

CREATE TABLE IF NOT EXISTS ${database}.responses
(
    response_id    UUID,
    survey_id      String,
    survey_version UInt32,
    received_at    DateTime,
    received_ms    UInt16,
    channel        String,
    branch         String,
    reader_group   String,
    age_band       String,
    answer_count   UInt16,
    ingested_at    DateTime
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(received_at)
ORDER BY (survey_id, response_id);

CREATE TABLE IF NOT EXISTS ${database}.answers
(
    response_id    UUID,
    survey_id      String,
    survey_version UInt32,
    question_id    String,
    received_at    DateTime,
    channel        String,
    branch         String,
    reader_group   String,
    age_band       String,
    kind           Enum8('number' = 1, 'text' = 2, 'choices' = 3, 'quality' = 4, 'na' = 5),
    number         Float64,
    text           String,
    choices        Array(String),
    minimum        UInt8,
    desired        UInt8,
    perceived      UInt8,
    ingested_at    DateTime
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(received_at)
ORDER BY (survey_id, question_id, response_id);

CREATE TABLE IF NOT EXISTS ${database}.feedback
(
    feedback_id  UUID,
    received_at  DateTime,
    received_ms  UInt16,
    channel      String,
    branch       String,
    category     Enum8('complaint' = 1, 'suggestion' = 2, 'praise' = 3, 'question' = 4),
    service_area String,
    language     String,
    text         String,
    ingested_at  DateTime
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(received_at)
ORDER BY feedback_id;
