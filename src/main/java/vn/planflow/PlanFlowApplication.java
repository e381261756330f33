package vn.planflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** PlanFlow: the life of an administrative plan, from draft to follow-up. */
@SpringBootApplication
public class PlanFlowApplication {
    public static void main(String[] args) {
        SpringApplication.run(PlanFlowApplication.class, args);
    }
}
