package uz.fikr.analytics.web;

/** One refused request parameter and why. */
public record FieldError(String field, String message) {}
