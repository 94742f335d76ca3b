-- Every answer carries the service area and (three-column items) the dimension of its question, taken from the
-- survey definition at ingestion, so that analyses can group by them without joining definitions.
ALTER TABLE ${database}.answers ADD COLUMN service_area String DEFAULT '' AFTER question_id;
ALTER TABLE ${database}.answers ADD COLUMN dimension String DEFAULT '' AFTER service_area
