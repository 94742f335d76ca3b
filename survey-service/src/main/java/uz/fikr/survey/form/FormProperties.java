package uz.fikr.survey.form;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reader's form.
 *
 * @param minFillTime a form sent sooner than this after it was opened is not published: the reader is asked to check
 *     the answers and send again, which people do and most spam bots do not ({@code FIKR_MIN_FILL_TIME})
 * @param branches the branch codes a reader chooses from when the link names none ({@code FIKR_BRANCHES})
 * @param timeZone where the library is: the day a survey closes is shown in it ({@code FIKR_TIME_ZONE})
 */
@ConfigurationProperties("fikr.forms")
record FormProperties(@DefaultValue("3s") Duration minFillTime, @DefaultValue List<String> branches,
        @DefaultValue("Asia/Tashkent") String timeZone) {

    FormProperties {
        branches = branches == null ? List.of() : branches.stream().map(String::strip).filter(b -> !b.isEmpty())
                .toList();
    }
}
