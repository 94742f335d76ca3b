/** Tables of figures: shown as accessible HTML tables beside charts and exported as CSV and XLSX. */
@NullMarked
package uz.fikr.dashboard.table;

import org.jspecify.annotations.NullMarked;
