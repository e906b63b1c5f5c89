package fr.passerelle.api.http;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A write request reduced to what tells a retry from another request: its method, target and body. A plain body is
 * read once, kept, and handed on to the controller; a multipart body is parsed by the container (which keeps the
 * parts for the controller) and digested part by part, name, file name, type and content — so a re-sent upload
 * matches whatever boundary the client chose.
 */
final class RequestDigest {

    /** Ample for every plain write (GraphQL requests are bounded at 64 KB); files travel as multipart. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServletRequest request;
    private final String fingerprint;
    private final byte[] body;

    private RequestDigest(HttpServletRequest request, String fingerprint, byte[] body) {
        this.request = request;
        this.fingerprint = fingerprint;
        this.body = body;
    }

    /** The digest of the request, or null when its plain body is larger than {@link #MAX_BODY_BYTES}. */
    static RequestDigest of(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest sha256 = sha256();
        update(sha256, request.getMethod());
        update(sha256, request.getRequestURI());
        update(sha256, Objects.toString(request.getQueryString(), ""));
        if (isMultipart(request)) {
            for (Part part : request.getParts()) {
                update(sha256, part.getName());
                update(sha256, Objects.toString(part.getSubmittedFileName(), ""));
                update(sha256, Objects.toString(part.getContentType(), ""));
                try (InputStream content = part.getInputStream()) {
                    update(sha256, content.readAllBytes());
                }
            }
            return new RequestDigest(request, hex(sha256), null);
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return null;
        }
        update(sha256, body);
        return new RequestDigest(new KeptBody(request, body), hex(sha256), body);
    }

    /** The request to hand on: its body can still be read. */
    HttpServletRequest request() {
        return request;
    }

    String fingerprint() {
        return fingerprint;
    }

    /**
     * Whether the body is a GraphQL request whose chosen operation is a mutation. Anything unreadable is not: the
     * GraphQL endpoint will say what is wrong with it.
     */
    boolean isGraphQlMutation() {
        if (body == null) {
            return false;
        }
        try {
            JsonNode graphQlRequest = JSON.readTree(body);
            String query = graphQlRequest.path("query").asString(null);
            String operationName = graphQlRequest.path("operationName").asString(null);
            if (query == null) {
                return false;
            }
            Document document = Parser.parse(query);
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            return operations.stream()
                    .filter(op -> operationName == null ? operations.size() == 1 : operationName.equals(op.getName()))
                    .anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
        } catch (JacksonException | InvalidSyntaxException | IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT)
                .startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    /** Each piece prefixed by its length, so that no two different requests digest alike by shifting a boundary. */
    private static void update(MessageDigest sha256, String piece) {
        update(sha256, piece.getBytes(StandardCharsets.UTF_8));
    }

    private static void update(MessageDigest sha256, byte[] piece) {
        sha256.update(Integer.toString(piece.length).getBytes(StandardCharsets.US_ASCII));
        sha256.update((byte) ':');
        sha256.update(piece);
    }

    private static String hex(MessageDigest sha256) {
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    /** The request with its body, already read, offered again to whoever reads it next. */
    private static final class KeptBody extends HttpServletRequestWrapper {

        private final byte[] body;

        KeptBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
