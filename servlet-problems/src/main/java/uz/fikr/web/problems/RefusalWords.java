package uz.fikr.web.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.coyote.BadRequestException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * What Tomcat or Spring Security's firewall said of a request they refused, made fit to repeat to the client: it
 * names what was wrong, without the part of the request Tomcat quotes in brackets, a class or a stack frame.
 */
public final class RefusalWords {

    private RefusalWords() {}

    /** For a request Tomcat refused before reading it: its head too large, its URI broken, its framing. */
    static String unread(int status, @Nullable String said, DataSize maxHead) {
        if (said != null && said.startsWith("Request header is too large")) {
            return "The request line and headers are larger than " + maxHead.toKilobytes()
                    + " KiB, the most this service reads.";
        }
        if (said != null && said.startsWith("Invalid URI")) {
            return "The request's path is not a valid URI: a broken %-escape, an encoded '/' or '\\', or '..' above "
                    + "the root.";
        }
        return firstSentence(said, status == 400 ? "The request is not valid HTTP, so it was not read."
                : "The request was refused before it was read.");
    }

    /** For a request sent to {@code /error}: why Tomcat could not read its body or parameters, or sendError's words. */
    public static String error(HttpServletRequest errorRequest, String otherwise) {
        for (Throwable e = (Throwable) errorRequest.getAttribute(RequestDispatcher.ERROR_EXCEPTION); e != null;
                e = e.getCause()) {
            if (e instanceof BadRequestException) {
                return firstSentence(e.getMessage(), otherwise);
            }
            if (e instanceof InvalidParameterException) {
                return firstSentence("The parameters could not be read: " + e.getMessage(), otherwise);
            }
        }
        return firstSentence((String) errorRequest.getAttribute(RequestDispatcher.ERROR_MESSAGE), otherwise);
    }

    /** The first sentence, without what it quotes in brackets: "Invalid chunk header.", or {@code otherwise}. */
    private static String firstSentence(@Nullable String said, String otherwise) {
        String plain = said == null ? "" : said.lines().findFirst().orElse("")
                .replaceAll(",?\\s*\\[[^]]*],?", "").replace(" ()", "").split("\\. ", 2)[0]
                .replaceAll("[\\s:.]+$", "");
        return plain.isBlank() ? otherwise : plain + ".";
    }
}
