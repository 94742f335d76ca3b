-- The survey versions with text answers (free text or a single choice) in the period, whose free-text questions
-- the themes query then reads. ${where} is built by uz.fikr.analytics.themes.ThemeSql.
SELECT DISTINCT survey_id, survey_version
FROM ${database}.answers
WHERE ${where} AND kind = 'text'
ORDER BY survey_id, survey_version
FORMAT JSONEachRow
