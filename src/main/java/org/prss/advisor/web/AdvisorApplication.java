package org.prss.advisor.web;

import java.time.Duration;
import java.util.Map;
import org.prss.advisor.Advisor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The advisor over HTTP. The advisor (rules compiled once, from the packaged knowledge or an edited copy) is handed
 * in ready-made, so the service and the command line load knowledge the same way and report its errors the same way.
 */
@SpringBootApplication
public class AdvisorApplication {

    /** Starts the service on the given port (0 for any free port) with an advisor already loaded. */
    public static ConfigurableApplicationContext start(Advisor advisor, int port) {
        return start(advisor, port, Duration.ZERO);
    }

    /**
     * Starts the service and, for the given time, warms it with generated assessments through its own API before
     * it reports ready (see {@link ServiceWarmUp}); returns once it is ready.
     */
    public static ConfigurableApplicationContext start(Advisor advisor, int port, Duration warmUp) {
        SpringApplication app = new SpringApplication(AdvisorApplication.class);
        if (!warmUp.isZero()) {
            app.addListeners(new ServiceWarmUp(advisor.knowledge(), warmUp));
        }
        app.setDefaultProperties(Map.of("server.port", String.valueOf(port)));
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("advisor", advisor));
        return app.run();
    }
}
