package nl.zsm.hg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The ZSM work process for domestic-violence cases with Veilig Thuis, on Camunda 7. Scheduling is on for the
 * nightly retention cleanup (privacy.Bewaartermijnen) and the monthly indicator figures (indicatoren.Maandcijfers).
 */
@SpringBootApplication
@EnableScheduling
public class ZsmApplication {

  public static void main(String[] args) {
    SpringApplication.run(ZsmApplication.class, args);
  }
}
