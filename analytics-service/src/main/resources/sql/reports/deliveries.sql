-- A definition's delivery attempts, newest first.
SELECT definition_id, period_kind, toString(period_from) AS from_day, toString(period_to) AS to_day,
       toUInt32(fire_time) AS fire_epoch, toString(status) AS status, report_id, recipients, message_id, error,
       toUInt32(attempted_at) AS attempted_epoch, attempted_ms
FROM ${database}.report_deliveries
WHERE definition_id = ${definitionId}
ORDER BY attempted_at DESC, attempted_ms DESC
LIMIT ${limit}
FORMAT JSONEachRow
