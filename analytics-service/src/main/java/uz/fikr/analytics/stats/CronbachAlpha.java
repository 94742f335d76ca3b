package uz.fikr.analytics.stats;

/**
 * Cronbach's alpha of a scale of k items over complete cases:
 * {@code k/(k-1) * (1 - sum of item variances / variance of the respondents' totals)}.
 */
public final class CronbachAlpha {

    private CronbachAlpha() {}

    public static double of(double[][] covariance) {
        double[] itemVariances = new double[covariance.length];
        double totalVariance = 0;
        for (int i = 0; i < covariance.length; i++) {
            itemVariances[i] = covariance[i][i];
            for (int j = 0; j < covariance.length; j++) {
                totalVariance += covariance[i][j];
            }
        }
        return of(itemVariances, totalVariance);
    }

    /** From each item's variance and the variance of the respondents' totals (the sum of all covariances). */
    public static double of(double[] itemVariances, double totalVariance) {
        int k = itemVariances.length;
        if (k < 2) {
            throw new IllegalArgumentException("Alpha needs at least two items");
        }
        if (totalVariance == 0) {
            return Double.NaN;
        }
        return (double) k / (k - 1) * (1 - java.util.Arrays.stream(itemVariances).sum() / totalVariance);
    }
}
