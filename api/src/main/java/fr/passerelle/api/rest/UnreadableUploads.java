package fr.passerelle.api.rest;

import fr.passerelle.api.web.ErrorReplies;
import fr.passerelle.api.web.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body the servlet cannot parse — no boundary, or cut short — fails before any controller is chosen, so
 * no endpoint's own advice can answer it (it used to be a 500). Every upload endpoint answers it here, the same way:
 * a 400 problem {@code not-a-file-upload}. Once a controller is chosen its advice answers as before, and an upload
 * over the size limit keeps its 413.
 */
@Component
class UnreadableUploads implements HandlerExceptionResolver, Ordered {

    private static final Refusal UNREADABLE = new Refusal(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "not-a-file-upload",
            "The upload could not be read", "The multipart/form-data body could not be read (no boundary, or cut "
            + "short); send the parts again as multipart/form-data.");

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (handler != null || !(failure instanceof MultipartException)
                || failure instanceof MaxUploadSizeExceededException) {
            return null;
        }
        try {
            ErrorReplies.write(request, response, UNREADABLE);
        } catch (IOException clientGone) {
            throw new UncheckedIOException(clientGone);
        }
        return new ModelAndView();
    }

    /** Before Spring's resolvers (order 0), which have nothing for a request without a handler but the size limit. */
    @Override
    public int getOrder() {
        return -1;
    }
}
