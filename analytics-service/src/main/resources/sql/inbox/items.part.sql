-- The inbox's items, each once, with its latest state; included by page.sql, total.sql and public_entries.sql.
-- An item is a piece of online feedback (its latest copy per feedback_id) or a reader's answer to a free-text
-- question (its latest copy per response_id and question_id), received when its first copy was. Its state is its
-- latest change in inbox_changes by changed_at, changed_ms, then change_id as text; an item no change names is NEW.
-- Copies of one change are equal, so a change delivered twice changes nothing. Times are Unix milliseconds (answers
-- carry whole seconds; changed_epoch_ms is 0 for an item never changed).
--
-- Built by uz.fikr.analytics.inbox.InboxSql: ${feedbackWhere} and ${answersWhere} select each source's rows ('0'
-- leaves a source out), ${changesWhere} the changes to read, ${where} filters items by their state and text.
SELECT item_id, source, received_epoch_ms, survey_id, survey_version, question_id, channel, branch, reader_group,
       service_area, category, language, text,
       if(changed, latest_status, 'NEW') AS status, assignee, note, has_public_entry, you_said, we_did,
       entry_language, published, changed_by, changed_epoch_ms
FROM
(
    SELECT concat('feedback:', toString(feedback_id)) AS item_id, 'feedback' AS source,
           min(toUInt64(received_at) * 1000 + received_ms) AS received_epoch_ms,
           '' AS survey_id, toUInt32(0) AS survey_version, '' AS question_id,
           argMax(channel, ingested_at) AS channel, argMax(branch, ingested_at) AS branch, '' AS reader_group,
           argMax(service_area, ingested_at) AS service_area, toString(argMax(category, ingested_at)) AS category,
           argMax(language, ingested_at) AS language, argMax(text, ingested_at) AS text
    FROM (SELECT * FROM ${database}.feedback WHERE ${feedbackWhere})
    GROUP BY feedback_id
    UNION ALL
    SELECT concat('answer:', toString(response_id), ':', question_id) AS item_id, 'answer' AS source,
           min(toUInt64(received_at) * 1000) AS received_epoch_ms,
           argMax(survey_id, ingested_at) AS survey_id, argMax(survey_version, ingested_at) AS survey_version,
           question_id, argMax(channel, ingested_at) AS channel, argMax(branch, ingested_at) AS branch,
           argMax(reader_group, ingested_at) AS reader_group, argMax(service_area, ingested_at) AS service_area,
           '' AS category, '' AS language, argMax(text, ingested_at) AS text
    FROM (SELECT * FROM ${database}.answers WHERE kind = 'text' AND ${answersWhere})
    GROUP BY response_id, question_id
)
ANY LEFT JOIN
(
    SELECT item_id, 1 AS changed, toString(argMax(status, version)) AS latest_status,
           argMax(assignee, version) AS assignee, argMax(note, version) AS note,
           argMax(has_public_entry, version) AS has_public_entry, argMax(you_said, version) AS you_said,
           argMax(we_did, version) AS we_did, argMax(entry_language, version) AS entry_language,
           argMax(published, version) AS published, argMax(changed_by, version) AS changed_by,
           max(toUInt64(changed_at) * 1000 + changed_ms) AS changed_epoch_ms
    FROM
    (
        SELECT *, (changed_at, changed_ms, toString(change_id)) AS version
        FROM ${database}.inbox_changes
        WHERE ${changesWhere}
    )
    GROUP BY item_id
) USING item_id
WHERE ${where}
