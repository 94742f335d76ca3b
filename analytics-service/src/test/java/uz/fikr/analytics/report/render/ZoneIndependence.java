package uz.fikr.analytics.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Supplier;

/** Renders the same thing on a machine in each of a few time zones, as servers in different places would. */
final class ZoneIndependence {

    private ZoneIndependence() {
    }

    static List<byte[]> renderIn(Supplier<byte[]> render, String... zones) {
        TimeZone before = TimeZone.getDefault();
        List<byte[]> renders = new ArrayList<>();
        try {
            for (String zone : zones) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                renders.add(render.get());
            }
        }
        finally {
            TimeZone.setDefault(before);
        }
        return renders;
    }
}
