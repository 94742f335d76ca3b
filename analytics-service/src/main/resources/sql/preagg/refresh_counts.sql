-- Recomputes the counts of some days of one survey as a new generation: the raw queries of sql/insights
-- (number_counts, perceived_counts, option_counts, respondents, responses) and sql/quality (item_gaps,
-- dimension_gaps) with their per-response de-duplication, grouped by day, survey version and grouping set
-- (grouping_sets.part.sql: every response once under dim '' and once under each filter column) instead of by one
-- grouping column; all questions (options: only the survey's choice questions, named by the Refresher); split
-- responses left out. "rows" selects the refreshed days' rows (survey, received_at range, days); "splits" is
-- splits.part.sql.
-- sums of item_gaps: not applicable, inconsistent, then over consistent answers the sum and sum of squares of
-- minimum, desired, perceived, adequacy (perceived - minimum) and superiority (perceived - desired).
-- sums of dimension_gaps: the same five sums and sums of squares over respondents' means within the dimension.
INSERT INTO ${database}.answer_day_counts
    (survey_id, day, generation, survey_version, dim, dim_value, measure, question_id, value, count, sums)
SELECT ${surveyId}, day, ${generation}, survey_version, key_set.1, key_set.2, 'number', question_id,
       toString(number) AS value, count(), emptyArrayFloat64()
FROM
(
    SELECT question_id, response_id, toDate(received_at, ${timeZone}) AS day, survey_version, branch, reader_group,
           age_band, channel, argMax(number, ingested_at) AS number
    FROM ${database}.answers
    WHERE ${rows} AND response_id NOT IN ${splits} AND kind = 'number'
    GROUP BY question_id, response_id, day, survey_version, branch, reader_group, age_band, channel
)
GROUP BY day, survey_version, ${groupingSets} AS key_set, question_id, value
UNION ALL
SELECT ${surveyId}, day, ${generation}, survey_version, key_set.1, key_set.2, 'perceived', question_id,
       toString(seen) AS value, count(), emptyArrayFloat64()
FROM
(
    SELECT question_id, response_id, toDate(received_at, ${timeZone}) AS day, survey_version, branch, reader_group,
           age_band, channel, argMax(kind, ingested_at) AS answer_kind, argMax(perceived, ingested_at) AS seen
    FROM ${database}.answers
    WHERE ${rows} AND response_id NOT IN ${splits} AND kind IN ('quality', 'na')
    GROUP BY question_id, response_id, day, survey_version, branch, reader_group, age_band, channel
)
WHERE answer_kind = 'quality'
GROUP BY day, survey_version, ${groupingSets} AS key_set, question_id, value
UNION ALL
SELECT ${surveyId}, day, ${generation}, survey_version, key_set.1, key_set.2, 'option', question_id,
       arrayJoin(if(answer_kind = 'text', [text], choices)) AS value, count(), emptyArrayFloat64()
FROM
(
    SELECT question_id, response_id, toDate(received_at, ${timeZone}) AS day, survey_version, branch, reader_group,
           age_band, channel, argMax(kind, ingested_at) AS answer_kind, argMax(text, ingested_at) AS text,
           argMax(choices, ingested_at) AS choices
    FROM ${database}.answers
    WHERE ${rows} AND response_id NOT IN ${splits} AND ${optionQuestions}
    GROUP BY question_id, response_id, day, survey_version, branch, reader_group, age_band, channel
)
GROUP BY day, survey_version, ${groupingSets} AS key_set, question_id, value
UNION ALL
SELECT ${surveyId}, day, ${generation}, survey_version, key_set.1, key_set.2, 'respondents', question_id, '',
       count(), emptyArrayFloat64()
FROM
(
    SELECT question_id, response_id, toDate(received_at, ${timeZone}) AS day, survey_version, branch, reader_group,
           age_band, channel
    FROM ${database}.answers
    WHERE ${rows} AND response_id NOT IN ${splits}
    GROUP BY question_id, response_id, day, survey_version, branch, reader_group, age_band, channel
)
GROUP BY day, survey_version, ${groupingSets} AS key_set, question_id
UNION ALL
SELECT ${surveyId}, day, ${generation}, survey_version, key_set.1, key_set.2, 'responses', '', '', count(),
       emptyArrayFloat64()
FROM
(
    SELECT response_id, toDate(received_at, ${timeZone}) AS day, survey_version, branch, reader_group, age_band,
           channel
    FROM ${database}.responses
    WHERE ${rows} AND response_id NOT IN ${splits}
    GROUP BY response_id, day, survey_version, branch, reader_group, age_band, channel
)
GROUP BY day, survey_version, ${groupingSets} AS key_set
UNION ALL
SELECT ${surveyId}, day, ${generation}, survey_version, key_set.1, key_set.2, 'item_gaps', question_id, '',
       countIf(consistent),
       [toFloat64(countIf(answer_kind = 'na')), toFloat64(countIf(answer_kind = 'quality' AND low > high)),
        toFloat64(sumIf(low, consistent)), toFloat64(sumIf(low * low, consistent)),
        toFloat64(sumIf(high, consistent)), toFloat64(sumIf(high * high, consistent)),
        toFloat64(sumIf(seen, consistent)), toFloat64(sumIf(seen * seen, consistent)),
        toFloat64(sumIf(seen - low, consistent)), toFloat64(sumIf((seen - low) * (seen - low), consistent)),
        toFloat64(sumIf(seen - high, consistent)), toFloat64(sumIf((seen - high) * (seen - high), consistent))]
FROM
(
    SELECT question_id, response_id, toDate(received_at, ${timeZone}) AS day, survey_version, branch, reader_group,
           age_band, channel, argMax(kind, ingested_at) AS answer_kind, toInt32(argMax(minimum, ingested_at)) AS low,
           toInt32(argMax(desired, ingested_at)) AS high, toInt32(argMax(perceived, ingested_at)) AS seen,
           answer_kind = 'quality' AND low <= high AS consistent
    FROM ${database}.answers
    WHERE ${rows} AND response_id NOT IN ${splits} AND kind IN ('quality', 'na')
    GROUP BY question_id, response_id, day, survey_version, branch, reader_group, age_band, channel
)
GROUP BY day, survey_version, ${groupingSets} AS key_set, question_id
UNION ALL
SELECT ${surveyId}, day, ${generation}, survey_version, key_set.1, key_set.2, 'dimension_gaps', dimension_of_item,
       '', count(),
       [sum(low), sum(low * low), sum(high), sum(high * high), sum(seen), sum(seen * seen), sum(adequacy),
        sum(adequacy * adequacy), sum(superiority), sum(superiority * superiority)]
FROM
(
    SELECT dimension_of_item, response_id, day, survey_version, branch, reader_group, age_band, channel,
           avg(item_low) AS low, avg(item_high) AS high, avg(item_seen) AS seen,
           avg(item_seen - item_low) AS adequacy, avg(item_seen - item_high) AS superiority
    FROM
    (
        SELECT question_id, response_id, toDate(received_at, ${timeZone}) AS day, survey_version, branch,
               reader_group, age_band, channel, argMax(dimension, ingested_at) AS dimension_of_item,
               argMax(kind, ingested_at) AS answer_kind, toInt32(argMax(minimum, ingested_at)) AS item_low,
               toInt32(argMax(desired, ingested_at)) AS item_high,
               toInt32(argMax(perceived, ingested_at)) AS item_seen
        FROM ${database}.answers
        WHERE ${rows} AND response_id NOT IN ${splits} AND kind IN ('quality', 'na')
        GROUP BY question_id, response_id, day, survey_version, branch, reader_group, age_band, channel
    )
    WHERE answer_kind = 'quality' AND item_low <= item_high
    GROUP BY dimension_of_item, response_id, day, survey_version, branch, reader_group, age_band, channel
)
GROUP BY day, survey_version, ${groupingSets} AS key_set, dimension_of_item
