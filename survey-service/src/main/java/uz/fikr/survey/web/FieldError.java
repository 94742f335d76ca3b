package uz.fikr.survey.web;

/** One refused field of a request: its JSON path (for example {@code answers.satisfaction}) and why. */
public record FieldError(String field, String message) {}
