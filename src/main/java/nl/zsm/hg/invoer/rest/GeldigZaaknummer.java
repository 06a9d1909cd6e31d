package nl.zsm.hg.invoer.rest;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request parameter that, when given, is a case number in the form ZSM-jjjj-nnnnnn (spaces around it are allowed
 * and trimmed by the controller). Whether it must be given is a separate {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "\\s*ZSM-\\d{4}-\\d{6}\\s*")
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface GeldigZaaknummer {

  String message() default "Het zaaknummer heeft niet de vorm ZSM-jjjj-nnnnnn, bijvoorbeeld ZSM-2026-000123.";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
