package uz.fikr.analytics.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Key-driver analysis from correlations: the standardised coefficients of the ordinary least-squares regression of
 * a target on p items are {@code R^-1 r}, where R is the items' correlation matrix and r their correlations with
 * the target; R squared is {@code r · beta}. Exactly the regression on standardised raw data, without the data.
 */
public record KeyDrivers(double[] correlations, double[] standardisedCoefficients, double rSquared) {

    /**
     * Whether a correlation matrix is positive definite, as one computed from complete data always is. Pairwise
     * complete correlations (each pair from the readers who rated both) can fail this, and then no regression
     * exists that fits them all.
     */
    public static boolean isConsistent(double[][] correlations) {
        try {
            new CholeskyDecomposition(new Array2DRowRealMatrix(correlations));
            return true;
        } catch (NonPositiveDefiniteMatrixException | NonSymmetricMatrixException e) {
            return false;
        }
    }

    /**
     * @throws IllegalArgumentException when the items are perfectly collinear (no unique regression exists)
     */
    public static KeyDrivers of(double[][] itemCorrelations, double[] targetCorrelations) {
        try {
            RealVector r = new ArrayRealVector(targetCorrelations);
            RealVector beta = new LUDecomposition(new Array2DRowRealMatrix(itemCorrelations)).getSolver().solve(r);
            return new KeyDrivers(targetCorrelations.clone(), beta.toArray(), r.dotProduct(beta));
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException("The items are collinear: no unique regression", e);
        }
    }
}
