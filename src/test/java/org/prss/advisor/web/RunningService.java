package org.prss.advisor.web;

import org.prss.advisor.TestAdvisor;
import org.springframework.context.ConfigurableApplicationContext;

/** The advisor's service started for a test class on a free port, and the address it answers on. */
record RunningService(ConfigurableApplicationContext context, String base) implements AutoCloseable {

    static RunningService start() {
        ConfigurableApplicationContext context = AdvisorApplication.start(TestAdvisor.get(), 0);
        return new RunningService(
                context, "http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}
