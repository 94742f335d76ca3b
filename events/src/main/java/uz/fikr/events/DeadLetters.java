package uz.fikr.events;

/** Names of dead-letter topics and the headers that say why a record landed there. */
public final class DeadLetters {

    public static final String SUFFIX = ".dlt";
    public static final String REASON_HEADER = "fikr-dlt-reason";
    public static final String ORIGINAL_TOPIC_HEADER = "fikr-dlt-original-topic";
    public static final String ORIGINAL_PARTITION_HEADER = "fikr-dlt-original-partition";
    public static final String ORIGINAL_OFFSET_HEADER = "fikr-dlt-original-offset";
    /** Present ({@code true}) when a reader's contact details were taken out of the dead letter's value. */
    public static final String CONTACT_REMOVED_HEADER = "fikr-dlt-contact-removed";

    private DeadLetters() {}

    public static String topicFor(String topic) {
        return topic + SUFFIX;
    }
}
