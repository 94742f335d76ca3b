package uz.fikr.analytics.stats;

/**
 * Cronbach's alpha of a scale from the sample covariance matrix of its k items over complete cases
 * ({@code covarSamp} per pair in ClickHouse): {@code k/(k-1) * (1 - sum of item variances / variance of the sum)}.
 */
public final class CronbachAlpha {

    private CronbachAlpha() {}

    public static double of(double[][] covariance) {
        int k = covariance.length;
        if (k < 2) {
            throw new IllegalArgumentException("Alpha needs at least two items");
        }
        double itemVariances = 0;
        double totalVariance = 0;
        for (int i = 0; i < k; i++) {
            itemVariances += covariance[i][i];
            for (int j = 0; j < k; j++) {
                totalVariance += covariance[i][j];
            }
        }
        if (totalVariance == 0) {
            return Double.NaN;
        }
        return (double) k / (k - 1) * (1 - itemVariances / totalVariance);
    }
}
