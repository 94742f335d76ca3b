-- Over the respondents who rated every listed item (complete cases; N/A is not a rating), per item n, sum and
-- sum of squares of the perceived level, and the same for each respondent's total (item ''): what Cronbach's
-- alpha needs. ${itemCount} is the number of listed items.
SELECT item, count() AS n, sum(score) AS sum_score, sum(score * score) AS squares_score
FROM
(
    SELECT response_id, groupArray(question_id) AS items, groupArray(level) AS scores
    FROM
    (
        SELECT question_id, response_id, argMax(kind, ingested_at) AS answer_kind,
               toInt32(argMax(perceived, ingested_at)) AS level
        FROM ${database}.answers
        WHERE ${where} AND kind IN ('quality', 'na') AND question_id IN (${questionIds})
        GROUP BY question_id, response_id
    )
    WHERE answer_kind = 'quality'
    GROUP BY response_id
    HAVING count() = ${itemCount}
)
ARRAY JOIN arrayConcat(items, ['']) AS item, arrayConcat(scores, [arraySum(scores)]) AS score
GROUP BY item
FORMAT JSONEachRow
