package fi.vuoro.server.admin;

/** One invalid form field: {@code messageKey} is a staff translation key shown next to the field. */
public record FieldProblem(String field, String messageKey) {}
