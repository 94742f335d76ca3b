-- Per (survey, day): the latest refresh (generation, covers) and when the day's last ingest batch settled: its
-- 'stored' time, or 'started' + ${abandonSeconds} for a batch that never wrote 'stored' (it crashed; its insert
-- cannot still be running by then). A day is clean when covers > settled. ${surveys} is a condition on survey_id.
-- splits: how many of the survey's responses are split (read raw by every query), the same on every row.
SELECT survey_id, toString(day) AS on_day, latest AS generation, toUInt32(latest_covers) AS covers,
       toUInt32(settled) AS settled, (SELECT count() FROM ${database}.preagg_splits WHERE ${surveys}) AS splits
FROM
(
    SELECT survey_id, day, max(generation) AS latest, argMax(covers, generation) AS latest_covers
    FROM ${database}.preagg_days
    WHERE ${surveys}
    GROUP BY survey_id, day
)
ANY LEFT JOIN
${settled}
USING (survey_id, day)
FORMAT JSONEachRow
