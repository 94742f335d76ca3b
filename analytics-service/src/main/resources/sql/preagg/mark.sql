-- Marks (survey, day) pairs of one ingest batch, stamped with the server's clock. ${rows} is a VALUES list built
-- from SqlLiterals by uz.fikr.analytics.preagg.DayMarks: (survey_id, day, batch, stage, now()).
INSERT INTO ${database}.preagg_marks (survey_id, day, batch, stage, at) VALUES ${rows}
