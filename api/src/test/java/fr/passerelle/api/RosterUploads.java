package fr.passerelle.api;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Student files sent to the import endpoint as a browser would: multipart/form-data with the file in part {@code file}. */
final class RosterUploads {

    private final GraphQlHttp api;
    private final String base;

    RosterUploads(GraphQlHttp api, int port) {
        this.api = api;
        this.base = "http://localhost:" + port;
    }

    static String path(String schoolId) {
        return "/schools/" + schoolId + "/students/import";
    }

    /** Uploads as a demo persona (null: without a token). */
    GraphQlHttp.Reply upload(String persona, String schoolId, byte[] file) {
        return uploadWithToken(persona == null ? null : api.token(persona), schoolId, file);
    }

    GraphQlHttp.Reply upload(String persona, String schoolId, String file) {
        return upload(persona, schoolId, file.getBytes(StandardCharsets.UTF_8));
    }

    GraphQlHttp.Reply uploadWithToken(String token, String schoolId, byte[] file) {
        String boundary = "----passerelle-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"students.csv\"\r\n"
                // What Windows browsers send for a .csv file: the endpoint must not care.
                + "Content-Type: application/vnd.ms-excel\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path(schoolId)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return api.send(request);
    }

    /** Posts something that is not a file upload (JSON) to the import endpoint. */
    GraphQlHttp.Reply postJson(String persona, String schoolId, String json) {
        return api.send(HttpRequest.newBuilder(URI.create(base + path(schoolId)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + api.token(persona))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
