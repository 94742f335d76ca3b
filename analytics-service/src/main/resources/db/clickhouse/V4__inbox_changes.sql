-- The feedback inbox's workflow: one row per change staff made to an item (a piece of online feedback, or a
-- reader's free-text answer), as published on fikr.inbox.v1. An item's state is its latest change by changed_at,
-- then changed_ms, then change_id; the earlier changes are its history. A change delivered twice is inserted
-- twice: ReplacingMergeTree folds the copies in the background (the key holds change_id, after item_id so that one
-- item's changes are read together), and every read de-duplicates by change_id.

CREATE TABLE IF NOT EXISTS ${database}.inbox_changes
(
    change_id        UUID,
    item_id          String,
    status           Enum8('NEW' = 1, 'IN_PROGRESS' = 2, 'RESOLVED' = 3),
    assignee         String,
    note             String,
    has_public_entry UInt8,
    you_said         String,
    we_did           String,
    entry_language   String,
    published        UInt8,
    changed_by       String,
    changed_at       DateTime,
    changed_ms       UInt16,
    ingested_at      DateTime
)
ENGINE = ReplacingMergeTree(ingested_at)
PARTITION BY toYYYYMM(changed_at)
ORDER BY (item_id, change_id)
