package uz.fikr.demo;

import uz.fikr.demo.QualitySurvey.Dimension;
import uz.fikr.demo.QualitySurvey.Item;

/**
 * What the demo's service-quality data has to tell, item by item, on the 1-9 scale: Yunusobod's reading rooms
 * are too crowded for its students and its Wi-Fi is slow; Samarqand Darvoza's old building is hard to enter,
 * above all for readers with disabilities, but its staff are warm; elderly readers find the digital services
 * hard; researchers expect more of the collections than they get; the opening hours do not suit working adults;
 * everywhere the staff are courteous but short of time, and textbooks and room for group work are lacking.
 */
final class QualityStory {

    /** The perceived level of an item for an average reader at an average branch. */
    static final double PERCEIVED = 6.6;
    /** The desired level of an item for an average reader. */
    static final double DESIRED = 7.4;
    /** The average width of the zone of tolerance, from minimum to desired. */
    static final double TOLERANCE = 1.9;

    private static final double NOT_APPLICABLE = 0.075;

    private QualityStory() {}

    /** How much a reader of this group at this branch perceives the item above or below {@link #PERCEIVED}. */
    static double perceivedEffect(Branch branch, ReaderGroup group, Item item) {
        double effect = (branch.meanSatisfaction() - 3.8) * 0.5;
        String b = branch.id();
        String g = group.id();
        effect += switch (item.serviceArea()) {
            case "digital" -> (b.equals("yunusobod") ? -0.9 : 0) + (g.equals("elderly") ? -1.0 : 0);
            case "accessibility" -> item.dimension() == Dimension.LIBRARY_AS_PLACE
                    ? (g.equals("disability") ? -2.4 : 0) + (b.equals("samarqand-darvoza") ? -1.0 : 0)
                    : (g.equals("disability") ? -0.6 : 0);
            case "staff" -> (b.equals("samarqand-darvoza") ? 0.4 : 0)
                    + (g.equals("pupil") || g.equals("elderly") ? 0.3 : 0);
            case "collections", "research" -> g.equals("researcher") ? -0.6 : 0;
            default -> 0;
        };
        effect += switch (item.id()) {
            case "q_affect_1", "q_place_6" -> 0.3; // courteous staff, clean rooms
            case "q_affect_4" -> -0.3; // little time for each reader
            case "q_info_4" -> -0.4; // the e-library is hard to reach from home
            case "q_info_6" -> -0.5; // outdated textbooks, a complaint the demo comments make too
            case "q_place_1", "q_place_2" -> crowding(b, g); // a quiet place, seats in the reading rooms
            case "q_place_3" -> g.equals("working_adult") ? -1.2 : 0; // opening hours
            case "q_place_4" -> crowding(b, g) - 0.5; // hardly any room for group work
            default -> 0;
        };
        return effect;
    }

    /** How much a reader of this group wants more (or less) of the item than {@link #DESIRED}. */
    static double desiredEffect(ReaderGroup group, Item item) {
        return switch (group.id()) {
            case "researcher" -> item.dimension() == Dimension.INFORMATION_CONTROL ? 0.7 : 0;
            case "disability" -> item.serviceArea().equals("accessibility") ? 1.0 : 0;
            case "student" -> item.dimension() == Dimension.LIBRARY_AS_PLACE ? 0.4 : 0;
            case "pupil" -> -0.5;
            default -> 0;
        };
    }

    /** How likely a reader of this group answers N/A: readers cannot judge what they never use. */
    static double notApplicableChance(ReaderGroup group, Item item) {
        String g = group.id();
        if (item.serviceArea().equals("accessibility") && !g.equals("disability")) {
            return 0.35;
        }
        if (item.serviceArea().equals("digital") && g.equals("elderly")
                || item.serviceArea().equals("research") && g.equals("pupil")
                || item.id().equals("q_place_4") && g.equals("elderly")) {
            return 0.3;
        }
        return NOT_APPLICABLE;
    }

    /** Students fill the reading rooms at exam time, and Yunusobod's most of all. */
    private static double crowding(String branch, String group) {
        boolean yunusobod = branch.equals("yunusobod");
        boolean student = group.equals("student");
        return (yunusobod ? -0.5 : 0) + (student ? (yunusobod ? -1.5 : -0.4) : 0);
    }
}
