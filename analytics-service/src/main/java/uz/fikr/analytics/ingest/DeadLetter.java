package uz.fikr.analytics.ingest;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record that can never be stored, and why. */
record DeadLetter(ConsumerRecord<String, byte[]> record, String reason) {}
