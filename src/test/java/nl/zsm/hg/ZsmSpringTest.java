package nl.zsm.hg;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.zsm.hg.notificatie.TestMailserver;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a random loopback port, in-memory H2, demo users, no job executor.
 * All tests that use it share one Spring context. The engine carries the process-test-coverage
 * extensions; {@link ProcesDekking} records per test class which flow nodes and sequence flows it passed (the
 * suite-wide check runs once after all tests). Tagged {@code applicatie}: the layer {@code mvn verify} runs with
 * Failsafe, not the fast {@code mvn test} (docs/testen.md).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("applicatie")
@SpringBootTest(classes = ZsmApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(ProcessEngineCoverageConfiguration.class)
@ContextConfiguration(initializers = TestMailserver.Koppeling.class)
@TestExecutionListeners(listeners = ProcesDekking.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ZsmSpringTest {}
