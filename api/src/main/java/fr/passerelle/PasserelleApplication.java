package fr.passerelle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Passerelle's API. Scans {@code fr.passerelle}, so the infrastructure module's adapters and wiring (on the runtime
 * classpath only) join the context without api code ever compiling against them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PasserelleApplication {

    public static void main(String[] args) {
        SpringApplication.run(PasserelleApplication.class, args);
    }
}
