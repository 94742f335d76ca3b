/**
 * The benchmark behind {@code tools/bench.sh}: every figure is measured next to a baseline in the same run,
 * repeated, and reported as median with min/max, absolute and as a ratio to its baseline.
 */
@NullMarked
package uz.fikr.benchmark;

import org.jspecify.annotations.NullMarked;
