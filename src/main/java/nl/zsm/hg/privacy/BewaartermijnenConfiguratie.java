package nl.zsm.hg.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link Bewaartermijnen#elkeNacht()} on its schedule. */
@Configuration
@EnableScheduling
public class BewaartermijnenConfiguratie {}
