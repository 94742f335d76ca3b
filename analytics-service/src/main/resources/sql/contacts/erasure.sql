-- Whether an erasure of one id was recorded, and when it was last asked for. ${id} is a toUUID literal.
SELECT count() AS erasures, toUInt64(max(requested_at)) AS requested_epoch
FROM ${database}.contact_erasures
WHERE id = ${id}
FORMAT JSONEachRow
