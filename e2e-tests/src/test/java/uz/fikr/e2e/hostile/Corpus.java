package uz.fikr.e2e.hostile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every hostile case against what exists today: survey-service (responses, feedback, public reads, QR codes,
 * posters, the reader's form, staff entry, survey management, inbox changes and "you said, we did") and
 * analytics-service (every statistics endpoint, the themes, a reader's export and erasure), and readers' contact
 * details. The dashboard and the reports are not built yet, so they have no cases.
 */
public final class Corpus {

    private Corpus() {}

    public static List<HostileCase> all(FikrStack stack, HostileSurveys surveys) {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(ResponseSyntaxCases.all());
        cases.addAll(ResponseMeaningCases.all(surveys));
        cases.addAll(LimitCases.all());
        cases.addAll(FeedbackCases.all());
        cases.addAll(AcceptedCases.all());
        cases.addAll(PublicReadCases.all());
        cases.addAll(FormCases.all(stack));
        cases.addAll(AccessCases.all(stack));
        cases.addAll(AdminBodyCases.all(stack));
        cases.addAll(InboxCases.all(stack));
        cases.addAll(PrivacyCases.all(stack));
        cases.addAll(ProtocolCases.all());
        cases.addAll(AnalyticsCases.all());
        Set<String> names = new HashSet<>();
        cases.stream().map(HostileCase::toString).filter(name -> !names.add(name)).findFirst().ifPresent(name -> {
            throw new IllegalStateException("Two cases are called " + name);
        });
        return cases;
    }

    /** Whether a request is counted by the submission rate limit: a POST of answers or feedback by a reader. */
    public static boolean isSubmission(HostileCase hostile) {
        return "POST".equals(hostile.method()) && hostile.service() == HostileCase.Service.SURVEY
                && (hostile.target().startsWith("/api/v1/responses") || hostile.target().startsWith("/api/v1/feedback")
                        || hostile.target().startsWith("/s/"));
    }
}
