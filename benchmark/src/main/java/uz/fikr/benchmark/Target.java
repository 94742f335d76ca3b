package uz.fikr.benchmark;

/** A target from the benchmark issue and whether this run met it. */
record Target(String id, String description, String observed, boolean met) {}
