package uz.fikr.events.survey;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a version of a survey is in its life: a draft can still change; a published version never changes and takes
 * answers; a closed version takes no more answers.
 */
public enum SurveyStatus {
    @JsonProperty("draft")
    DRAFT,
    @JsonProperty("published")
    PUBLISHED,
    @JsonProperty("closed")
    CLOSED
}
