-- Exact pre-aggregation of the hottest counts (docs/ANALYTICS.md, "Pre-aggregation"). Raw answers stay the truth:
-- these tables only let reads skip the per-response de-duplication for days whose aggregate is known to be current.

-- Every ingest batch writes 'started' for each (survey, day) it is about to touch (its own days, and the days of
-- earlier copies of its responses) before it inserts, and 'stored' after its inserts succeeded. `at` is the
-- server's clock, so marks and refreshes are ordered by one clock.
CREATE TABLE IF NOT EXISTS ${database}.preagg_marks
(
    survey_id String,
    day       Date,
    batch     UUID,
    stage     Enum8('started' = 1, 'stored' = 2),
    at        DateTime DEFAULT now()
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (survey_id, day, batch);

-- One row per refresh of a (survey, day): its aggregate rows carry `generation`, and they hold every batch stored
-- before `covers` (the server's time when the refresh began reading).
CREATE TABLE IF NOT EXISTS ${database}.preagg_days
(
    survey_id  String,
    day        Date,
    generation UInt64,
    covers     DateTime
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (survey_id, day, generation);

-- Responses whose copies differ in day, version, branch, reader group, age band or channel: they are left out of
-- every aggregate and always read from the raw tables, where the query-time de-duplication decides.
CREATE TABLE IF NOT EXISTS ${database}.preagg_splits
(
    survey_id   String,
    response_id UUID
)
ENGINE = ReplacingMergeTree
ORDER BY (survey_id, response_id);

-- Per (survey, day, generation) and filter key: counts per question and value of each measure, every response
-- counted once by its latest copy (as the raw queries do). measure: number, perceived, respondents, responses.
CREATE TABLE IF NOT EXISTS ${database}.answer_day_counts
(
    survey_id      String,
    day            Date,
    generation     UInt64,
    survey_version UInt32,
    branch         String,
    reader_group   String,
    age_band       String,
    channel        String,
    measure        String,
    question_id    String,
    value          String,
    count          UInt64
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (survey_id, measure, question_id, day, generation)
