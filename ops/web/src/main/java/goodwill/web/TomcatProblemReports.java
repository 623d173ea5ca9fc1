package goodwill.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error report, for what it refuses before Spring sees the request (a path with {@code %00}, an
 * encoded {@code /} or {@code ..}, a header over its size limit), written as a problem in the one contract instead of
 * Tomcat's HTML page: the status, its reason in words as the {@code code}, and nothing of Tomcat's message.
 * Installed as the host's error report valve by {@link WebEdgeAutoConfiguration}.
 */
public class TomcatProblemReports extends ErrorReportValve {

    static void installOn(Host host) {
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(TomcatProblemReports.class.getName());
        }
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int statusCode = response.getStatus();
        // As Tomcat's own report: nothing for a success, for an answer begun, or for an error already reported.
        if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(statusCode);
        String code = status == null ? "error" : status.is5xxServerError() ? "internal-error" : ProblemResponses.codeOf(status);
        String title = status == null ? "Error" : status.getReasonPhrase();
        String detail = statusCode == HttpStatus.BAD_REQUEST.value()
                ? "The request cannot be read: its path, its headers or their size are not what HTTP allows."
                : title + ".";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + statusCode
                                     + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the answer could not be begun: there is nobody to tell.
        }
    }
}
