    (
        SELECT survey_id, day, max(if(stored > 0, stored_at, started_at + ${abandonSeconds})) AS settled
        FROM
        (
            SELECT survey_id, day, batch, minIf(at, stage = 'started') AS started_at,
                   maxIf(at, stage = 'stored') AS stored_at, countIf(stage = 'stored') AS stored
            FROM ${database}.preagg_marks
            WHERE ${surveys}
            GROUP BY survey_id, day, batch
        )
        GROUP BY survey_id, day
    )
