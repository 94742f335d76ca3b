/**
 * The Compare page: one question across branches, reader groups, age bands or channels, with each group's mean
 * (or answer shares) and interval, the test that fits, and the pairs that differ, in plain words.
 */
@NullMarked
package uz.fikr.dashboard.compare;

import org.jspecify.annotations.NullMarked;
