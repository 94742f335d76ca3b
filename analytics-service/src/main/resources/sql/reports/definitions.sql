-- Every report definition that is not deleted, its latest version (FINAL folds the versions of each id).
SELECT id, name, survey_ids, period_kind, language, branch, recipients, cron, time_zone, enabled
FROM ${database}.report_definitions FINAL
WHERE deleted = 0
ORDER BY id
FORMAT JSONEachRow
