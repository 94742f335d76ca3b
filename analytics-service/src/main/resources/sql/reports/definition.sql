-- One report definition's latest version, unless deleted.
SELECT id, name, survey_ids, period_kind, language, branch, recipients, cron, time_zone, enabled
FROM ${database}.report_definitions FINAL
WHERE id = ${id} AND deleted = 0
FORMAT JSONEachRow
