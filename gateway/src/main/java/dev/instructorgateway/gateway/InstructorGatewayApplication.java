package dev.instructorgateway.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The instructor API gateway: one REST surface for the instructor dashboard in front of the Open edX LMS. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InstructorGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(InstructorGatewayApplication.class, args);
    }
}
