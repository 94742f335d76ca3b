-- The contact held for one id: its latest copy, unless an erasure of that id was recorded (the rows may still be
-- on disk while ClickHouse carries out the DELETE). ${id} is a toUUID literal from ContactSql.
SELECT toString(argMax(source, ingested_at)) AS source, argMax(name, ingested_at) AS name,
       argMax(email, ingested_at) AS email, argMax(phone, ingested_at) AS phone,
       argMax(consent, ingested_at) AS consent, toUInt64(argMax(received_at, ingested_at)) AS received_epoch
FROM ${database}.contacts
WHERE id = ${id}
  AND id NOT IN (SELECT id FROM ${database}.contact_erasures WHERE id = ${id})
GROUP BY id
FORMAT JSONEachRow
