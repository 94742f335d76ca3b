package uz.fikr.events.survey;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of question a survey can ask. */
public enum QuestionType {
    /** A labelled 1-5 rating. */
    @JsonProperty("rating")
    RATING,
    /** 0-10 likelihood to recommend. */
    @JsonProperty("nps")
    NPS,
    @JsonProperty("single_choice")
    SINGLE_CHOICE,
    @JsonProperty("multiple_choice")
    MULTIPLE_CHOICE,
    @JsonProperty("text")
    TEXT,
    /** The three-column service-quality item: minimum, desired and perceived on 1-9, or N/A. */
    @JsonProperty("quality")
    QUALITY,
    /** Several items rated on one scale; each item is answered as a rating of its own. */
    @JsonProperty("matrix")
    MATRIX
}
