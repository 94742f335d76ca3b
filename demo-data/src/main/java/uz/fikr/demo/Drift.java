package uz.fikr.demo;

import uz.fikr.demo.QualitySurvey.Item;

/**
 * What one moment of the demo's history adds to the ratings the generators draw, before the noise of a single
 * answer. The live demo is the present ({@link #PRESENT}, nothing added); {@link HistoryStory} tells how the year
 * before it differed.
 */
interface Drift {

    Drift PRESENT = new Drift() {
        @Override
        public double satisfaction(Branch branch, String service) {
            return 0;
        }

        @Override
        public double perceived(Branch branch, Item item) {
            return 0;
        }
    };

    /** Added to the demo survey's satisfaction (1-5) of a reader at this branch who visited this service. */
    double satisfaction(Branch branch, String service);

    /** Added to the perceived level (1-9) of a service-quality item at this branch. */
    double perceived(Branch branch, Item item);
}
