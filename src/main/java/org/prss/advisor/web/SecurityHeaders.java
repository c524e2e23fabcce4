package org.prss.advisor.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The headers a public page needs, on every response the service gives: the pages and their scripts and style sheet,
 * the API's answers and problems, a 404, health, and Tomcat's own refusals of a request it cannot parse (a malformed
 * address or Host header), which never reach a servlet filter. So they are set by a valve at the start of Tomcat's
 * engine pipeline, before anything else runs; an error answered later in the same request keeps them.
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: scripts, styles, images, fonts and requests only from the service itself
 *       (the pages have no inline script, style or event handler, and set styles from their scripts), no plugins, no
 *       {@code <base>} or form posting elsewhere, and no other site may frame a page.
 *   <li>{@code X-Frame-Options: DENY}: the same refusal to be framed, for browsers that predate
 *       {@code frame-ancestors}.
 *   <li>{@code X-Content-Type-Options: nosniff}: a browser takes each answer as the type it is sent with.
 *   <li>{@code Referrer-Policy: no-referrer}: following a link from a page tells the other site nothing.
 * </ul>
 *
 * Spring Security is not a dependency: these four headers are all the service needs of it.
 */
@Component
class SecurityHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; base-uri 'self'; form-action 'self';" + " frame-ancestors 'none'; object-src 'none'";

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new HeadersValve());
    }

    /** Sets the headers on the response before the rest of the pipeline runs. */
    private static final class HeadersValve extends ValveBase {

        HeadersValve() {
            super(true); // nothing here blocks an asynchronous request
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            HEADERS.forEach(response::setHeader);
            getNext().invoke(request, response);
        }
    }
}
