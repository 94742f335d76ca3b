(SELECT response_id FROM ${database}.preagg_splits WHERE survey_id = ${surveyId})
