-- Per three-column item: how many answers were N/A and inconsistent (minimum above desired), and for the
-- consistent ones n, sums and sums of squares of minimum, desired, perceived and both gaps.
-- Each response counted once, by its latest copy. ${group} is '' or a column from the Grouping whitelist.
SELECT
    question_id,
    grp,
    countIf(answer_kind = 'na') AS not_applicable,
    countIf(answer_kind = 'quality' AND low > high) AS inconsistent,
    countIf(consistent) AS n,
    sumIf(low, consistent) AS sum_minimum, sumIf(low * low, consistent) AS squares_minimum,
    sumIf(high, consistent) AS sum_desired, sumIf(high * high, consistent) AS squares_desired,
    sumIf(seen, consistent) AS sum_perceived, sumIf(seen * seen, consistent) AS squares_perceived,
    sumIf(seen - low, consistent) AS sum_adequacy,
    sumIf((seen - low) * (seen - low), consistent) AS squares_adequacy,
    sumIf(seen - high, consistent) AS sum_superiority,
    sumIf((seen - high) * (seen - high), consistent) AS squares_superiority
FROM
(
    SELECT question_id, response_id, argMax(kind, ingested_at) AS answer_kind,
           toInt32(argMax(minimum, ingested_at)) AS low, toInt32(argMax(desired, ingested_at)) AS high,
           toInt32(argMax(perceived, ingested_at)) AS seen,
           answer_kind = 'quality' AND low <= high AS consistent, argMax(${group}, ingested_at) AS grp
    FROM ${database}.answers
    WHERE ${where} AND kind IN ('quality', 'na') AND question_id IN (${questionIds})
    GROUP BY question_id, response_id
)
GROUP BY question_id, grp
FORMAT JSONEachRow
