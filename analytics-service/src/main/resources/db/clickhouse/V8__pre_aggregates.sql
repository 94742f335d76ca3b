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

-- Per (survey, day, generation), survey version and grouping set: counts and sums per question and value of each
-- measure, every response counted once by its latest copy (as the raw queries do). A response is counted in five
-- grouping sets: dim '' (all responses) and once under each of branch, reader_group, age_band and channel, with
-- its value of that column in dim_value, so that a read filtered or grouped by at most one of them reads one set.
-- measure: number, perceived, option, respondents, responses (value '' and count), item_gaps (per item: count is
-- n, sums the sums listed in refresh_counts.sql) and dimension_gaps (question_id is the dimension).
CREATE TABLE IF NOT EXISTS ${database}.answer_day_counts
(
    survey_id      String,
    day            Date,
    generation     UInt64,
    survey_version UInt32,
    dim            String,
    dim_value      String,
    measure        String,
    question_id    String,
    value          String,
    count          UInt64,
    sums           Array(Float64)
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (survey_id, measure, dim, question_id, day, generation)
