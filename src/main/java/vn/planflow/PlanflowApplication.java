package vn.planflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PlanflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(PlanflowApplication.class, args);
  }
}
