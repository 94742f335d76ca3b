-- Recomputes the counts of some days of one survey as a new generation: the raw queries of
-- sql/insights (number_counts, perceived_counts, respondents, responses) with their per-response de-duplication,
-- grouped by day and filter key instead of by one grouping column, all questions, split responses left out.
-- "rows" selects the refreshed days' rows (survey, received_at range, days); "splits" is splits.part.sql.
INSERT INTO ${database}.answer_day_counts
    (survey_id, day, generation, survey_version, branch, reader_group, age_band, channel, measure, question_id,
     value, count)
SELECT ${surveyId}, day, ${generation}, survey_version, branch, reader_group, age_band, channel, 'number',
       question_id, toString(number) AS value, count()
FROM
(
    SELECT question_id, response_id, toDate(received_at, ${timeZone}) AS day, survey_version, branch, reader_group,
           age_band, channel, argMax(number, ingested_at) AS number
    FROM ${database}.answers
    WHERE ${rows} AND response_id NOT IN ${splits} AND kind = 'number'
    GROUP BY question_id, response_id, day, survey_version, branch, reader_group, age_band, channel
)
GROUP BY day, survey_version, branch, reader_group, age_band, channel, question_id, value
UNION ALL
SELECT ${surveyId}, day, ${generation}, survey_version, branch, reader_group, age_band, channel, 'perceived',
       question_id, toString(seen) AS value, count()
FROM
(
    SELECT question_id, response_id, toDate(received_at, ${timeZone}) AS day, survey_version, branch, reader_group,
           age_band, channel, argMax(kind, ingested_at) AS answer_kind, argMax(perceived, ingested_at) AS seen
    FROM ${database}.answers
    WHERE ${rows} AND response_id NOT IN ${splits} AND kind IN ('quality', 'na')
    GROUP BY question_id, response_id, day, survey_version, branch, reader_group, age_band, channel
)
WHERE answer_kind = 'quality'
GROUP BY day, survey_version, branch, reader_group, age_band, channel, question_id, value
UNION ALL
SELECT ${surveyId}, day, ${generation}, survey_version, branch, reader_group, age_band, channel, 'respondents',
       question_id, '', count()
FROM
(
    SELECT question_id, response_id, toDate(received_at, ${timeZone}) AS day, survey_version, branch, reader_group,
           age_band, channel
    FROM ${database}.answers
    WHERE ${rows} AND response_id NOT IN ${splits}
    GROUP BY question_id, response_id, day, survey_version, branch, reader_group, age_band, channel
)
GROUP BY day, survey_version, branch, reader_group, age_band, channel, question_id
UNION ALL
SELECT ${surveyId}, day, ${generation}, survey_version, branch, reader_group, age_band, channel, 'responses', '', '',
       count()
FROM
(
    SELECT response_id, toDate(received_at, ${timeZone}) AS day, survey_version, branch, reader_group, age_band,
           channel
    FROM ${database}.responses
    WHERE ${rows} AND response_id NOT IN ${splits}
    GROUP BY response_id, day, survey_version, branch, reader_group, age_band, channel
)
GROUP BY day, survey_version, branch, reader_group, age_band, channel
