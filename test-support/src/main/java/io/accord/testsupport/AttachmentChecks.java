package io.accord.testsupport;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.apache.http.entity.mime.HttpMultipartMode;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attachments contract (README "Attachments"), checked the same way on every record that takes files: a test
 * names the record's {@code …/attachments} path, a caller who may change the record, one who may only read it, and
 * the record's history; the service's test profile sets {@code accord.attachments.max-size} to {@link #TEST_LIMIT}.
 */
public final class AttachmentChecks {

    /** The attachment limit tests run with: small enough to pass it cheaply, above one 512 KB chunk of the store. */
    public static final String TEST_LIMIT = "2M";
    private static final int LIMIT_BYTES = 2 * 1024 * 1024;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String attachments;
    private final String writerName;
    private final String writer;
    private final String reader;

    /** {@code writer} may change the record (its user is {@code writerName}), {@code reader} may only read it. */
    public AttachmentChecks(String attachmentsPath, String writerName, String writer, String reader) {
        this.attachments = attachmentsPath;
        this.writerName = writerName;
        this.writer = writer;
        this.reader = reader;
    }

    /** A PDF of the given size: its signature, then random bytes. */
    public static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Raw upload with a Chinese filename; returns the attachment's id. */
    public String uploadRaw(String filename, byte[] content) {
        return given().header("Authorization", writer).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .body(content).post(attachments)
                .then().statusCode(201).body("filename", equalTo(filename), "contentType", equalTo("application/pdf"),
                        "size", equalTo(content.length), "sha256", equalTo(sha256(content)))
                .header("ETag", "\"" + sha256(content) + "\"")
                .extract().path("id");
    }

    /**
     * Uploads raw (several chunks' worth, named in Chinese) and multipart, lists both, downloads byte for byte with
     * every header that keeps a download from rendering, 304 on its ETag; returns the raw upload's id and bytes.
     */
    public Map.Entry<String, byte[]> uploadListAndDownload() {
        byte[] pdf = pdf(1_300_000, 1);
        String pdfId = uploadRaw("质量协议 第2版.pdf", pdf);

        byte[] png = new byte[5000];
        new Random(2).nextBytes(png);
        System.arraycopy(PNG_SIGNATURE, 0, png, 0, PNG_SIGNATURE.length);
        // as browsers send it: the filename in UTF-8 (HttpClient's strict mode would write ? for every Chinese character)
        String pngId = given().header("Authorization", writer).config(RestAssuredConfig.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart("file", "C:\\fakepath\\裂纹照片.png", png, "image/png").post(attachments)
                .then().statusCode(201).body("filename", equalTo("裂纹照片.png"), "contentType", equalTo("image/png"),
                        "size", equalTo(png.length), "sha256", equalTo(sha256(png)))
                .extract().path("id");

        given().header("Authorization", reader).get(attachments).then().statusCode(200)
                .body("id", equalTo(List.of(pdfId, pngId)), "filename", equalTo(List.of("质量协议 第2版.pdf", "裂纹照片.png")),
                        "sha256", equalTo(List.of(sha256(pdf), sha256(png))), "uploadedBy[0]", equalTo(writerName));

        Response download = given().header("Authorization", reader).get(attachments + "/" + pdfId);
        download.then().statusCode(200).contentType("application/pdf")
                .header("ETag", "\"" + sha256(pdf) + "\"")
                .header("Content-Disposition", "attachment; filename=\"____ _2_.pdf\"; filename*=UTF-8''"
                        + "%E8%B4%A8%E9%87%8F%E5%8D%8F%E8%AE%AE%20%E7%AC%AC2%E7%89%88.pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox");
        byte[] downloaded = download.asByteArray();
        assertArrayEquals(pdf, downloaded);
        assertEquals(sha256(pdf), sha256(downloaded));
        given().header("Authorization", reader).header("If-None-Match", "\"" + sha256(pdf) + "\"")
                .get(attachments + "/" + pdfId).then().statusCode(304);
        assertArrayEquals(png, given().header("Authorization", reader).get(attachments + "/" + pngId).asByteArray());
        return Map.entry(pdfId, pdf);
    }

    /** 413 past the limit (announced, and streamed without a length), 415 for a type off the list or a false claim. */
    public void refusals() {
        given().header("Authorization", writer).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=big.pdf").body(pdf(LIMIT_BYTES + 1, 3))
                .post(attachments).then().statusCode(413).contentType("application/problem+json");
        given().header("Authorization", writer).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=big.pdf")
                .body(new ByteArrayInputStream(pdf(LIMIT_BYTES + 600_000, 4)))
                .post(attachments).then().statusCode(413).contentType("application/problem+json");
        given().header("Authorization", writer).contentType("text/html")
                .header("Content-Disposition", "attachment; filename=page.html").body("<script>alert(1)</script>")
                .post(attachments).then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("text/html"));
        given().header("Authorization", writer).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=fake.pdf").body("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))
                .post(attachments).then().statusCode(415);
        given().header("Authorization", writer).contentType("application/pdf").body(pdf(100, 5))
                .post(attachments).then().statusCode(400).body("violations.field", hasItem("filename"));
        given().header("Authorization", reader).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=a.pdf").body(pdf(100, 6))
                .post(attachments).then().statusCode(403);
        List<Object> left = given().header("Authorization", reader).get(attachments).then().statusCode(200).extract().path("id");
        assertTrue(left.size() <= 2, "a refused upload left a row behind: " + left);
    }

    /** The record's history has an entry for the upload naming the file and its hash. */
    public static void recordedInHistory(String historyPath, String historyReader, String attachmentId, byte[] content) {
        List<String> details = given().header("Authorization", historyReader).get(historyPath).then().statusCode(200)
                .extract().path("findAll { it.action == 'attachment added' }.detail");
        assertTrue(details.stream().anyMatch(d -> d.contains("\"attachmentId\":\"" + attachmentId + "\"")
                && d.contains("\"sha256\":\"" + sha256(content) + "\"")), "no history entry for the upload: " + details);
        given().header("Authorization", historyReader).get(historyPath + "/verification").then().statusCode(200)
                .body("intact", equalTo(true));
    }
}
