package uz.fikr.demo;

import static java.util.Map.entry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import uz.fikr.demo.FeedbackTexts.Text;
import uz.fikr.demo.FeedbackTexts.Topic;
import uz.fikr.events.Channel;
import uz.fikr.events.FeedbackSubmitted;

/**
 * One piece of online feedback as survey-service publishes it: from the library's website, its widget, a QR code or
 * a kiosk; about a branch, or (one in ten) about none; in the readers' languages; the text fitting the branch and
 * the moment, with the history's story told three times as often as everyday matters where it fits.
 */
final class DemoFeedback {

    private static final Weighted<String> LANGUAGES = Weighted.of(
            entry("uz-Latn", 45), entry("ru", 28), entry("uz-Cyrl", 14), entry("en", 13));
    private static final Weighted<Channel> CHANNELS = Weighted.of(
            entry(Channel.WEB, 45), entry(Channel.WIDGET, 30), entry(Channel.QR, 15), entry(Channel.KIOSK, 10));
    private static final double NO_BRANCH = 0.1;
    private static final double STORY_WEIGHT = 3;

    private DemoFeedback() {}

    static FeedbackSubmitted next(RandomGenerator random, UUID feedbackId, Instant receivedAt,
            HistoryStory.Moment moment) {
        String branch = random.nextDouble() < NO_BRANCH ? "" : Branch.ALL.draw(random).id();
        Channel channel = CHANNELS.draw(random);
        String language = LANGUAGES.draw(random);
        List<Text> fitting = FeedbackTexts.ALL.stream()
                .filter(text -> text.language().equals(language) && text.topic().fits(branch, moment))
                .toList();
        Text text = Weighted.of(fitting, t -> t.topic() == Topic.EVERYDAY ? 1 : STORY_WEIGHT).draw(random);
        return new FeedbackSubmitted(FeedbackSubmitted.SCHEMA_VERSION, feedbackId, receivedAt, channel, branch,
                text.category(), text.serviceArea(), language, text.text());
    }
}
