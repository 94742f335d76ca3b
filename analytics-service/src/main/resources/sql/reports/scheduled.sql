-- The report a definition already generated for a period and language, if any: a delivery that failed after the
-- report was archived sends that report when it is tried again rather than generating another.
SELECT ${columns}
FROM ${database}.reports
WHERE definition_id = ${definitionId} AND period_kind = ${periodKind} AND period_from = toDate(${periodFrom})
  AND period_to = toDate(${periodTo}) AND language = ${language}
ORDER BY generated_at DESC, generated_ms DESC
LIMIT 1
FORMAT JSONEachRow
