package nl.zsm.hg;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.zsm.hg.notificatie.TestMailserver;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link ZsmSpringTest}, plus a real SMTP server (GreenMail on 127.0.0.1, {@link TestMailserver}) that
 * Spring Mail sends to. All mail tests share this one extra Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ZsmSpringTest
@ContextConfiguration(initializers = TestMailserver.Koppeling.class)
public @interface ZsmMailTest {}
