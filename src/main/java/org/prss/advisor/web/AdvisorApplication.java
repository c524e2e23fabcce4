package org.prss.advisor.web;

import org.prss.advisor.Advisor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;

/**
 * The advisor over HTTP. The advisor (rules compiled once, from the packaged knowledge or an edited copy) is handed
 * in ready-made, so the service and the command line load knowledge the same way and report its errors the same way.
 */
@SpringBootApplication
public class AdvisorApplication {

    /** Starts the service on the given port (0 for any free port) with an advisor already loaded. */
    public static ConfigurableApplicationContext start(Advisor advisor, int port) {
        SpringApplication app = new SpringApplication(AdvisorApplication.class);
        app.setDefaultProperties(Map.of("server.port", String.valueOf(port)));
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("advisor", advisor));
        return app.run();
    }
}
