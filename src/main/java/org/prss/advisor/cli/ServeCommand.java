package org.prss.advisor.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.prss.advisor.Advisor;
import org.prss.advisor.web.AdvisorApplication;
import org.prss.advisor.web.ServiceWarmUp;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the advisor over HTTP: a web page at /, the API under /api (OpenAPI at /api/openapi),"
                + " health at /actuator/health. Stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: 8080).")
    int port = 8080;

    @Option(
            names = "--warm-up",
            paramLabel = "SECONDS",
            description = "After starting, post generated assessments to the service's own API until the rate of"
                    + " answers is steady (two 2-second windows within 5%%), at most this long, before reporting"
                    + " ready, so the first requests do not wait for the JIT (default: 60; 0 skips it).")
    int warmUpSeconds = ServiceWarmUp.DEFAULT_CAP_SECONDS;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (warmUpSeconds < 0) {
            throw new ParameterException(
                    spec.commandLine(), "--warm-up must be 0 or more seconds, not " + warmUpSeconds);
        }
        Advisor advisor = knowledge.load();
        if (warmUpSeconds > 0) {
            spec.commandLine()
                    .getOut()
                    .println("Starting; warming up until steady (at most " + warmUpSeconds
                            + " s) before reporting ready...");
            spec.commandLine().getOut().flush();
        }
        ConfigurableApplicationContext context =
                AdvisorApplication.start(advisor, port, Duration.ofSeconds(warmUpSeconds));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        String actual = context.getEnvironment().getProperty("local.server.port", String.valueOf(port));
        spec.commandLine()
                .getOut()
                .println("Serving the advisor on http://localhost:" + actual + "/ (rule set "
                        + advisor.knowledge().ruleSet().version() + "). Stop with Ctrl-C.");
        closed.await();
        return ExitCode.OK;
    }
}
