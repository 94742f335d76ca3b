package uz.fikr.analytics.drivers;

/** Sufficient statistics of two items rated by the same respondents: enough for their Pearson correlation. */
record PairMoments(long n, double sumX, double sumY, double squaresX, double squaresY, double products) {

    /** Pearson's r; NaN when either item has no variance among these respondents or n is below 2. */
    double correlation() {
        double sxx = n * squaresX - sumX * sumX;
        double syy = n * squaresY - sumY * sumY;
        double sxy = n * products - sumX * sumY;
        if (n < 2 || sxx <= 0 || syy <= 0) {
            return Double.NaN;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
