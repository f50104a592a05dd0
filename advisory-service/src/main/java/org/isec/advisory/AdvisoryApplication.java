package org.isec.advisory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AdvisoryApplication {

    public static void main(String[] args) {
        SpringApplication.run(AdvisoryApplication.class, args);
    }
}
