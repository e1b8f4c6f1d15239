package fi.vuoro.server.admin;

import java.util.List;

/** Input an admin must correct; nothing was saved. */
public class AdminValidationException extends RuntimeException {

    private final List<FieldProblem> problems;

    public AdminValidationException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public AdminValidationException(String field, String messageKey) {
        this(List.of(new FieldProblem(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new AdminValidationException(problems);
        }
    }
}
