package vn.planflow.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before any controller sees them still get the API's JSON error with a Vietnamese
 * reason: Spring Security's firewall (";", "%2F", "\\" in the path) and Tomcat itself (an encoded NUL
 * or slash), which would otherwise answer with an English HTML page.
 */
@Configuration
public class RejectedRequests {
    static final String BAD_ADDRESS = "Địa chỉ yêu cầu chứa ký tự không được chấp nhận";

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> write(response, HttpServletResponse.SC_BAD_REQUEST, BAD_ADDRESS);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorsFromTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        });
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json(status, message));
    }

    static String json(int status, String message) {
        return "{\"status\":" + status + ",\"field\":null,\"message\":\"" + message + "\"}";
    }

    /** Tomcat's last word on an error nobody answered: JSON instead of its HTML page, no server details. */
    public static class JsonErrorReportValve extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String message = status == 400 ? BAD_ADDRESS
                    : status == 404 ? "Không tìm thấy"
                    : status < 500 ? "Yêu cầu không được chấp nhận"
                    : "Lỗi hệ thống, đã ghi nhật ký để quản trị viên kiểm tra";
            try {
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json(status, message));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // the client went away or the response is already gone
            }
        }
    }
}
