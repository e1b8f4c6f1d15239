package fi.vuoro.server.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem details with a {@code detail} a person can act on. Spring's own exceptions
 * (415, 405, missing parameters…) come from the base class; domain exceptions are mapped here. Validation errors
 * also list {@code errors: [{field, message}]}.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiProblems::fieldError)
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    /** With parameter constraints (headers, path variables) on a method, {@code @Valid} bodies land here too. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(e -> errors.add(fieldError(e)));
                continue;
            }
            RequestHeader header = result.getMethodParameter().getParameterAnnotation(RequestHeader.class);
            String name = header != null && !header.name().isEmpty()
                    ? header.name()
                    : result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(e -> errors.add(Map.of(
                            "field",
                            String.valueOf(name),
                            "message",
                            e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage())));
        }
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
            }
        }
        String why = ex.getMostSpecificCause().getMessage();
        if (why != null && why.length() > 300) {
            why = why.substring(0, 300) + "…";
        }
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "Malformed request body: " + (why == null ? "unreadable" : why)));
    }

    private static ProblemDetail validationProblem(List<Map<String, String>> errors) {
        ProblemDetail body = problem(
                HttpStatus.BAD_REQUEST,
                "Invalid request: "
                        + errors.stream()
                                .map(e -> e.get("field") + " " + e.get("message"))
                                .collect(Collectors.joining("; ")));
        body.setProperty("errors", errors);
        return body;
    }

    private static Map<String, String> fieldError(FieldError e) {
        return Map.of(
                "field", e.getField(), "message", e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }
}
