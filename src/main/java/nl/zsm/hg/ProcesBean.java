package nl.zsm.hg;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean whose methods BPMN and DMN models may call in expressions ({@code ${termijnen.…}}), other
 * than delegates and listeners (those are recognised by their type). The deployment check finds these beans at
 * start-up; a model that calls any other bean is refused and names it. On a bean from a {@code @Bean} method the
 * annotation goes on the bean's class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProcesBean {}
