package uz.fikr.analytics.stats;

import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * Pearson's chi-square test of independence on a groups × options table of counts, with Cramér's V as the effect
 * size. Rows or columns that are all zero carry no information and are dropped first.
 */
public record ChiSquareIndependence(double chiSquare, int degreesOfFreedom, double pValue, double cramersV) {

    public static ChiSquareIndependence of(long[][] counts) {
        long[][] table = TableCounts.withoutEmptyRowsAndColumns(counts);
        if (table.length < 2 || table[0].length < 2) {
            throw new IllegalArgumentException("The test needs at least two groups and two answered options");
        }
        ChiSquareTest test = new ChiSquareTest();
        double chiSquare = test.chiSquare(table);
        double p = test.chiSquareTest(table);
        int df = (table.length - 1) * (table[0].length - 1);
        long n = TableCounts.total(table);
        double v = Math.sqrt(chiSquare / (n * (double) Math.min(table.length - 1, table[0].length - 1)));
        return new ChiSquareIndependence(chiSquare, df, p, v);
    }

    /** Helpers on count tables. */
    static final class TableCounts {
        private TableCounts() {}

        static long total(long[][] table) {
            long total = 0;
            for (long[] row : table) {
                for (long count : row) {
                    total += count;
                }
            }
            return total;
        }

        static long[][] withoutEmptyRowsAndColumns(long[][] counts) {
            long[][] rows = java.util.Arrays.stream(counts)
                    .filter(row -> java.util.Arrays.stream(row).sum() > 0)
                    .toArray(long[][]::new);
            if (rows.length == 0) {
                return rows;
            }
            int[] columns = java.util.stream.IntStream.range(0, rows[0].length)
                    .filter(column -> java.util.Arrays.stream(rows).mapToLong(row -> row[column]).sum() > 0)
                    .toArray();
            return java.util.Arrays.stream(rows)
                    .map(row -> java.util.Arrays.stream(columns).mapToLong(column -> row[column]).toArray())
                    .toArray(long[][]::new);
        }
    }
}
