package uz.fikr.analytics.contacts;

import java.util.UUID;

/** Fikr holds nothing under this id: no contact, no erasure, no response, no feedback (a 404). */
public class UnknownReferenceException extends RuntimeException {

    UnknownReferenceException(UUID id) {
        super("Fikr holds nothing under the reference " + id);
    }
}
