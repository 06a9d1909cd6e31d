package nl.zsm.hg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ZSM work process for domestic-violence cases with Veilig Thuis, on Camunda 7. */
@SpringBootApplication
public class ZsmApplication {

  public static void main(String[] args) {
    SpringApplication.run(ZsmApplication.class, args);
  }
}
