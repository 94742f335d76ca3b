package uz.fikr.dashboard.quality;

/**
 * analytics-service's quality answers for the built-in service-quality survey, in the shape its records
 * ({@code GapFigures}, {@code Reliability}, {@code Drivers}) are written: absent fields are null ones, a suppressed
 * item has no means, an unanswered one n = 0. The first item's figures are those of analytics-service's
 * QualityIntegrationTests.
 */
final class QualityJson {

    static final String GAPS = """
            {"surveyId":"service-quality","minimumGroupSize":5,
             "items":[
              {"id":"q_affect_1","dimension":"affect_of_service","serviceArea":"staff","n":5,"suppressed":false,
               "notApplicable":1,"inconsistent":1,
               "minimum":{"mean":4.0,"interval":{"lower":4.0,"upper":4.0}},
               "desired":{"mean":8.0,"interval":{"lower":8.0,"upper":8.0}},
               "perceived":{"mean":5.8,"interval":{"lower":3.4116116119,"upper":8.1883883881}},
               "adequacyGap":{"mean":1.8,"interval":{"lower":-0.5883883881,"upper":4.1883883881}},
               "superiorityGap":{"mean":-2.2,"interval":{"lower":-4.5883883881,"upper":0.1883883881}},
               "belowMinimum":false},
              {"id":"q_affect_5","dimension":"affect_of_service","serviceArea":"lending","n":12,"suppressed":false,
               "notApplicable":0,"inconsistent":0,
               "minimum":{"mean":6.2,"interval":{"lower":5.6,"upper":6.8}},
               "desired":{"mean":8.1,"interval":{"lower":7.7,"upper":8.5}},
               "perceived":{"mean":5.4,"interval":{"lower":4.8,"upper":6.0}},
               "adequacyGap":{"mean":-0.8,"interval":{"lower":-1.6,"upper":0.0}},
               "superiorityGap":{"mean":-2.7,"interval":{"lower":-3.5,"upper":-1.9}},
               "belowMinimum":true},
              {"id":"q_info_1","dimension":"information_control","serviceArea":"collections","n":5,"suppressed":false,
               "notApplicable":1,"inconsistent":0,
               "minimum":{"mean":4.6,"interval":{"lower":3.6,"upper":5.6}},
               "desired":{"mean":7.8,"interval":{"lower":7.0,"upper":8.6}},
               "perceived":{"mean":5.0,"interval":{"lower":3.6,"upper":6.4}},
               "adequacyGap":{"mean":0.4,"interval":{"lower":-1.4830766883,"upper":2.2830766883}},
               "superiorityGap":{"mean":-2.8,"interval":{"lower":-4.6,"upper":-1.0}},
               "belowMinimum":false},
              {"id":"q_place_2","dimension":"library_as_place","serviceArea":"reading_rooms","n":3,"suppressed":true},
              {"id":"q_place_7","dimension":"library_as_place","serviceArea":"space","n":0,"suppressed":false,
               "notApplicable":0,"inconsistent":0}
             ],
             "dimensions":[
              {"id":"affect_of_service","dimension":"affect_of_service","n":6,"suppressed":false,
               "notApplicable":1,"inconsistent":1,
               "minimum":{"mean":4.0,"interval":{"lower":4.0,"upper":4.0}},
               "desired":{"mean":8.0,"interval":{"lower":8.0,"upper":8.0}},
               "perceived":{"mean":5.876984127,"interval":{"lower":4.1559618667,"upper":7.5980063873}},
               "adequacyGap":{"mean":1.876984127,"interval":{"lower":0.1559618667,"upper":3.5980063873}},
               "superiorityGap":{"mean":-2.123015873,"interval":{"lower":-3.8440381333,"upper":-0.4019936127}},
               "belowMinimum":false},
              {"id":"information_control","dimension":"information_control","n":5,"suppressed":false,
               "notApplicable":1,"inconsistent":0,
               "minimum":{"mean":4.6,"interval":{"lower":3.6,"upper":5.6}},
               "desired":{"mean":7.8,"interval":{"lower":7.0,"upper":8.6}},
               "perceived":{"mean":5.0,"interval":{"lower":3.6,"upper":6.4}},
               "adequacyGap":{"mean":0.4,"interval":{"lower":-1.4830766883,"upper":2.2830766883}},
               "superiorityGap":{"mean":-2.8,"interval":{"lower":-4.6,"upper":-1.0}},
               "belowMinimum":false},
              {"id":"library_as_place","dimension":"library_as_place","n":3,"suppressed":true}
             ]}
            """;

    static final String RELIABILITY = """
            {"surveyId":"service-quality","minimumGroupSize":5,"dimensions":[
              {"dimension":"affect_of_service","items":7,"completeCases":6,"suppressed":false,"alpha":0.9692216882},
              {"dimension":"information_control","items":7,"completeCases":0,"suppressed":false},
              {"dimension":"library_as_place","items":7,"completeCases":3,"suppressed":true}
            ]}
            """;

    static final String DRIVERS = """
            {"surveyId":"service-quality","target":"overall","minimumGroupSize":5,"n":12,"rSquared":0.9569165993,
             "drivers":[
              {"questionId":"affect_of_service","dimension":"affect_of_service","n":12,"correlation":0.9525193489,
               "standardisedCoefficient":0.6686734852},
              {"questionId":"library_as_place","dimension":"library_as_place","n":12,"correlation":0.8711230000,
               "standardisedCoefficient":0.3608212351}
             ],
             "excluded":["information_control"]}
            """;

    static final String NO_QUALITY_ITEMS = """
            {"surveyId":"demo","minimumGroupSize":5,"items":[],"dimensions":[]}
            """;

    private QualityJson() {
    }
}
