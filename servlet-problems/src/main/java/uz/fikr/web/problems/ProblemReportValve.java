package uz.fikr.web.problems;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's error report for what it refuses before any filter or servlet runs (a request line or headers over the
 * limit, a URI it cannot decode, a method name that is not a token, no Host, two lengths): problem+json instead of its
 * HTML page. What the application refuses goes to each service's {@code /error} and never reaches it.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final DataSize maxHead;

    private ProblemReportValve(DataSize maxHead) {
        this.maxHead = maxHead;
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** In place of the host's error report valve (Spring Boot's too), so that the host adds no other. */
    static void install(StandardHost host, DataSize maxHead) {
        Arrays.stream(host.getPipeline().getValves()).filter(ErrorReportValve.class::isInstance)
                .forEach(host.getPipeline()::removeValve);
        host.setErrorReportValveClass(ProblemReportValve.class.getName());
        host.getPipeline().addValve(new ProblemReportValve(maxHead));
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (status < 400 || response.getContentWritten() > 0 || !ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        String said = response.getMessage() != null ? response.getMessage()
                : throwable != null ? throwable.getMessage() : null;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status),
                RefusalWords.unread(status, said, maxHead));
        try {
            // the request's path may be what was wrong: it is not repeated back
            ServletProblems.write(response, problem, null);
        } catch (IOException | RuntimeException gone) {
            // the client went away; there is nobody left to tell
        }
    }
}
