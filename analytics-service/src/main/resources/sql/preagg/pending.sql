-- The (survey, day) pairs whose aggregate is missing or older than their last ingest batch, with when that batch
-- settled (0 when no batch was marked: data loaded before pre-aggregation existed), and the server's time now.
-- "settled" is settled.part.sql.
SELECT survey_id, toString(day) AS on_day, toUInt32(settled) AS settled, toUInt32(now()) AS now
FROM
(
    SELECT survey_id, day, settled
    FROM
    (
        SELECT survey_id, day
        FROM
        (
            SELECT survey_id, toDate(received_at, ${timeZone}) AS day FROM ${database}.responses
            GROUP BY survey_id, day
            UNION ALL
            SELECT survey_id, day FROM ${database}.preagg_marks GROUP BY survey_id, day
        )
        GROUP BY survey_id, day
    )
    ANY LEFT JOIN
    ${settled}
    USING (survey_id, day)
)
ANY LEFT JOIN
(
    SELECT survey_id, day, argMax(covers, generation) AS latest_covers
    FROM ${database}.preagg_days
    GROUP BY survey_id, day
) USING (survey_id, day)
WHERE toUInt32(latest_covers) = 0 OR settled >= latest_covers
ORDER BY survey_id, day
FORMAT JSONEachRow
