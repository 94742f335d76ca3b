package uz.fikr.events;

import java.util.List;

/** The library service areas a question or a comment can be about. */
public final class ServiceAreas {

    public static final List<String> ALL = List.of(
            "overall", "lending", "reading_rooms", "reference", "collections", "digital", "events", "research",
            "accessibility", "space", "staff");

    private ServiceAreas() {}
}
