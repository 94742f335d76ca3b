-- What readers write about, counted in ClickHouse. One row per group (source, service area, category) and kind:
--   comment  the number of comments in the group: one item, '', whose count is n
--   term     the words most comments use, each with the number of comments that use it
--   phrase   two consecutive words, both terms, with nothing but white space between them; counted likewise
--   example  up to 3 comments that have a term: the most often repeated text first, then the latest
-- A comment is counted once however often it was delivered (its latest copy per feedback_id, or per response_id
-- and question_id), and a term or phrase once per comment however often the comment repeats it. A comment without
-- a letter or digit is not counted.
--
-- Tokens: lower case; the apostrophes of Uzbek Latin (U+02BB, U+02BC, U+2018, U+2019, U+0027, U+0060, U+00B4) all
-- become U+02BB, so o'quv, o`quv and oʻquv are one word. A word is a run of letters (other than modifier letters),
-- marks and digits; an apostrophe or a hyphen between two such runs stays inside the word (oʻquv, wi-fi, из-за).
-- Every other character that is not white space is a token of its own, so punctuation ends a phrase. A term has
-- two or more characters, is not only digits and hyphens, and is not a stop word.
--
-- Built by uz.fikr.analytics.themes.ThemeSql: ${feedbackWhere} and ${answersWhere} ('0' leaves a source out);
-- ${questions}, the free-text questions as (survey_id, survey version as a string, question_id), and ${areas}, their
-- service areas in the same order; ${stopWords} and ${limit}, literals.

-- 5. Per group and kind, the top items: by count, then (examples) the latest, then alphabetically.
SELECT source, service_area, category, kind,
       arrayMap(e -> (e.1, e.2),
                arraySlice(arraySort(e -> (-e.2, -e.3, e.1), groupArray((item, count, recency))),
                           1, if(kind = 'example', 3, ${limit}))) AS top
FROM
(
    -- 4. How many comments of a group carry each item.
    SELECT source, service_area, category, entry.1 AS kind, entry.2 AS item, count() AS count,
           if(kind = 'example', toInt64(max(received_at)), 0) AS recency
    FROM
    (
        -- 3. Per comment: which tokens are terms, its distinct terms and phrases, and itself as an example.
        SELECT source, service_area, category, received_at,
               arrayMap(t -> lengthUTF8(t) >= 2 AND NOT match(t, '^[\\p{N}ʻ-]+$') AND t NOT IN (${stopWords}),
                        tokens) AS keep,
               arrayFilter((t, k) -> k, tokens, keep) AS terms,
               arrayFilter((p, k1, k2) -> k1 AND k2,
                           arrayMap((t1, t2) -> concat(t1, ' ', t2), arrayPopBack(tokens), arrayPopFront(tokens)),
                           arrayPopBack(keep), arrayPopFront(keep)) AS phrases,
               arrayConcat([('comment', '')],
                            arrayMap(t -> ('term', t), arrayDistinct(terms)),
                            arrayMap(p -> ('phrase', p), arrayDistinct(phrases)),
                            arrayFilter(e -> notEmpty(terms), [('example', text)])) AS entries
        FROM
        (
            -- 2. Per comment: its tokens (words, and single characters that end a phrase). A run is letters (but
            --    not modifier letters such as ʻ), marks and digits.
            WITH '[\\p{Ll}\\p{Lu}\\p{Lt}\\p{Lo}\\p{M}\\p{N}]+' AS run
            SELECT source, service_area, category, received_at, text,
                   extractAll(replaceRegexpAll(lowerUTF8(text), '[ʼ‘’\'`´]', 'ʻ'),
                              concat(run, '(?:[-ʻ]', run, ')*|[^\\s\\p{Z}]')) AS tokens
            FROM
            (
                -- 1. The comments: online feedback, and answers to free-text questions, each once.
                SELECT 'feedback' AS source, area AS service_area, toString(cat) AS category,
                       first_received AS received_at, body AS text
                FROM
                (
                    SELECT feedback_id, argMax(service_area, ingested_at) AS area,
                           argMax(category, ingested_at) AS cat, argMax(text, ingested_at) AS body,
                           min(received_at) AS first_received
                    FROM ${database}.feedback
                    WHERE ${feedbackWhere}
                    GROUP BY feedback_id
                )
                UNION ALL
                SELECT 'answers' AS source, [${areas}][question] AS service_area, '' AS category,
                       first_received AS received_at, body AS text
                FROM
                (
                    SELECT indexOf([${questions}], (survey_id, toString(survey_version), question_id)) AS question,
                           response_id, argMax(text, ingested_at) AS body, min(received_at) AS first_received
                    FROM ${database}.answers
                    WHERE ${answersWhere} AND kind = 'text'
                    GROUP BY question, response_id
                )
            )
            WHERE match(text, '[\\p{L}\\p{N}]')
        )
    )
    ARRAY JOIN entries AS entry
    GROUP BY source, service_area, category, kind, item
)
GROUP BY source, service_area, category, kind
ORDER BY source, service_area, category, kind
FORMAT JSONEachRow
