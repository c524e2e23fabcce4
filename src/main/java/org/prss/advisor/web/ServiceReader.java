package org.prss.advisor.web;

import org.prss.advisor.Advisor;
import org.prss.advisor.input.DescriptionReader;

/**
 * The description reader as the service uses it: a job description sent where a program description belongs is
 * refused, as on the command line, with where the service reviews one instead of the command that does.
 */
final class ServiceReader {

    static final String JOB_DESCRIPTION_HINT =
            "POST it to /api/roles/check, or check it on the web page's Check a peer role (/role.html)";

    private ServiceReader() {}

    static DescriptionReader of(Advisor advisor) {
        return advisor.reader().withJobDescriptionHint(name -> JOB_DESCRIPTION_HINT);
    }
}
