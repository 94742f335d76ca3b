-- Whether a definition's report for one period was sent, and how often and when last it failed.
SELECT countIf(status = 'sent') AS sent, countIf(status = 'failed') AS failed,
       toUInt32(maxIf(attempted_at, status = 'failed')) AS last_failed_epoch
FROM ${database}.report_deliveries
WHERE definition_id = ${definitionId} AND period_kind = ${periodKind} AND period_from = toDate(${periodFrom})
FORMAT JSONEachRow
