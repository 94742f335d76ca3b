-- Generations replaced by a newer one of the same (survey, day) whose refresh began more than ${keepSeconds} ago:
-- no read can still be using them (a read takes far less), so their counts and day rows can be deleted.
SELECT survey_id, toString(day) AS on_day, generation
FROM ${database}.preagg_days
ANY INNER JOIN
(
    SELECT survey_id, day, max(generation) AS latest, argMax(toUInt32(covers), generation) AS latest_covers
    FROM ${database}.preagg_days
    GROUP BY survey_id, day
) USING (survey_id, day)
WHERE generation < latest AND latest_covers + ${keepSeconds} < toUInt32(now())
LIMIT ${limit}
FORMAT JSONEachRow
