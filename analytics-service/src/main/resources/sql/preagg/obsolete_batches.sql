-- Ingest batches whose marks no longer decide anything: on every day the batch marked, the latest refresh began
-- more than ${abandonSeconds} after the mark (so the batch settled before it, day_states.sql). A day never refreshed
-- keeps its batches.
SELECT toString(batch) AS batch
FROM ${database}.preagg_marks
ANY LEFT JOIN
(
    SELECT survey_id, day, argMax(toUInt32(covers), generation) AS latest_covers
    FROM ${database}.preagg_days
    GROUP BY survey_id, day
) USING (survey_id, day)
GROUP BY batch
HAVING min(toInt64(latest_covers) - toInt64(toUInt32(at))) > ${abandonSeconds}
LIMIT ${limit}
FORMAT JSONEachRow
