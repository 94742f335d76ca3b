package uz.fikr.dashboard.needs;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uz.fikr.dashboard.questions.QuestionTexts;
import uz.fikr.dashboard.service.ServiceException;

/**
 * Everything the page shows for one filter.
 *
 * @param themes absent when analytics-service gave none
 * @param texts the survey's question texts; {@link QuestionTexts#NONE} when survey-service could not be asked
 * @param problems what could not be read besides the needs, to tell the user
 */
record NeedsData(Needs byReaderGroup, Needs byBranch, @Nullable Themes themes, QuestionTexts texts,
        List<ServiceException> problems) {

    NeedsData {
        problems = List.copyOf(problems);
    }
}
