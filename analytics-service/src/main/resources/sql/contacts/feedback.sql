-- The online feedback stored under one id (its latest copy). ${id} is a toUUID literal from ContactSql.
SELECT toUInt64(received_at) * 1000 + received_ms AS received_epoch_ms, channel, branch,
       toString(category) AS category, service_area, language, text
FROM ${database}.feedback
WHERE feedback_id = ${id}
ORDER BY ingested_at DESC
LIMIT 1
FORMAT JSONEachRow
