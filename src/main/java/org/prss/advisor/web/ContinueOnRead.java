package org.prss.advisor.web;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Answers a request's {@code Expect: 100-continue} (which curl and other clients send before a large body) only when
 * the body is read. A body refused by its declared length (413, see {@link RequestBody}) is then refused before the
 * client sends it, and the client reads the refusal, instead of having its upload cut off after Tomcat's
 * default of continuing at once.
 */
@Component
class ContinueOnRead implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
    }
}
