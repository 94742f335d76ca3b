package uz.fikr.events.survey;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The questions of the shared reader-profile block. A survey lists the ones it asks instead of writing its own; the
 * answers land in the response's {@code respondent}, never as an identity.
 */
public enum ProfileField {
    @JsonProperty("reader_group")
    READER_GROUP,
    @JsonProperty("age_band")
    AGE_BAND,
    @JsonProperty("visit_frequency")
    VISIT_FREQUENCY,
    @JsonProperty("branch")
    BRANCH,
    @JsonProperty("accessibility_needs")
    ACCESSIBILITY_NEEDS
}
