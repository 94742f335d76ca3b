-- What a response stored under one id says about where and when it was given and by whom (its latest copy).
-- ${id} is a toUUID literal from ContactSql.
SELECT survey_id, survey_version, toUInt64(received_at) * 1000 + received_ms AS received_epoch_ms, channel, branch,
       reader_group, age_band, entered_by
FROM ${database}.responses
WHERE response_id = ${id}
ORDER BY ingested_at DESC
LIMIT 1
FORMAT JSONEachRow
