@NullMarked
package uz.fikr.dashboard.chart;

import org.jspecify.annotations.NullMarked;
