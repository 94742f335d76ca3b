-- Readers' contact details, given with consent, apart from their answers: one row per response or piece of
-- feedback (id is its responseId or feedbackId, source says which), never joined into the answers or feedback
-- tables and never read by the statistics or the inbox. A redelivered event is inserted again; ReplacingMergeTree
-- folds the copies and every read takes the latest copy per id. Rows leave only by erasure (a reader's request, by
-- the id they received) or by the retention sweep, both ALTER TABLE ... DELETE (ClickHouse 18.16 has no TTL).

CREATE TABLE IF NOT EXISTS ${database}.contacts
(
    id          UUID,
    source      Enum8('response' = 1, 'feedback' = 2),
    name        String,
    email       String,
    phone       String,
    consent     UInt8,
    received_at DateTime,
    ingested_at DateTime
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(received_at)
ORDER BY id;

-- Every erasure a privacy officer asked for, kept for good: a contact that arrives after its erasure (Kafka still
-- delivering it, a redelivery, a replay) is dropped on arrival, and every read of contacts leaves these ids out.
-- It holds the id and who asked when, nothing about the reader.

CREATE TABLE IF NOT EXISTS ${database}.contact_erasures
(
    id           UUID,
    requested_at DateTime,
    requested_by String
)
ENGINE = ReplacingMergeTree(requested_at)
ORDER BY id
