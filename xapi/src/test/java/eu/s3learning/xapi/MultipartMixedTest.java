package eu.s3learning.xapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipartMixedTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsPartsWithTheirHeadersWhateverTheSpacingAndPreamble() {
        String body = "\r\n--abc\r\nContent-Type: application/json\r\n\r\n{\"a\":1}\r\n"
                + "--abc\r\ncontent-type:text/plain\r\nX-Experience-API-Hash:  f00d \r\nContent-Transfer-Encoding: binary\r\n\r\n"
                + "line one\r\n--abc is not a boundary here\r\n--abc--\r\n";
        List<MultipartMixed.Part> parts = MultipartMixed.parse(bytes(body), MultipartMixed.boundary(
                "multipart/mixed; boundary=abc"));

        assertEquals(2, parts.size());
        assertEquals("application/json", parts.get(0).mediaType());
        assertEquals("{\"a\":1}", new String(parts.get(0).content(), StandardCharsets.UTF_8));
        assertEquals("text/plain", parts.get(1).mediaType());
        assertEquals("f00d", parts.get(1).header("x-experience-api-hash"));
        assertEquals("line one\r\n--abc is not a boundary here", new String(parts.get(1).content(), StandardCharsets.UTF_8));
    }

    @Test
    void findsQuotedAndDashedBoundaries() {
        assertEquals("-------314159265358979323846",
                MultipartMixed.boundary("multipart/mixed; boundary=-------314159265358979323846"));
        assertEquals("a b", MultipartMixed.boundary("multipart/mixed; charset=utf-8; boundary=\"a b\""));
        assertEquals(null, MultipartMixed.boundary("multipart/mixed"));
    }

    @Test
    void refusesBodiesWithoutTheirBoundaryOrClosingLineOrHeaders() {
        assertThrows(MalformedMultipart.class, () -> MultipartMixed.parse(bytes("{}"), "abc"));
        assertThrows(MalformedMultipart.class,
                () -> MultipartMixed.parse(bytes("--abc\r\nContent-Type: a/b\r\n\r\nx\r\n"), "abc"));
        assertThrows(MalformedMultipart.class,
                () -> MultipartMixed.parse(bytes("--abc\r\nno colon here\r\n\r\nx\r\n--abc--"), "abc"));
        assertThrows(MalformedMultipart.class, () -> MultipartMixed.parse(bytes("--x--"), null));
        assertThrows(MalformedMultipart.class, () -> MultipartMixed.parse(bytes("--x--"), "x".repeat(71)));
    }

    @Test
    void writesWhatItReads() {
        byte[] binary = {0, 1, 2, (byte) 0xff, '\r', '\n', '-', '-'};
        MultipartMixed.Written written = MultipartMixed.write(List.of(
                new MultipartMixed.Part(Map.of("Content-Type", "application/json"), bytes("{}")),
                new MultipartMixed.Part(Map.of("Content-Type", "application/octet-stream"), binary)));

        assertTrue(written.contentType().matches("multipart/mixed; boundary=[A-Za-z0-9]+"), written.contentType());
        List<MultipartMixed.Part> read = MultipartMixed.parse(written.body(), MultipartMixed.boundary(written.contentType()));
        assertArrayEquals(binary, read.get(1).content());
    }

    @Test
    void writesStatementsFirstAndEachAttachmentContentOnce() {
        AttachmentContent certificate = new AttachmentContent("ab12", "application/pdf", bytes("%PDF-1.7"));
        AttachmentContent signature = new AttachmentContent("cd34", "application/octet-stream", bytes("sig"));
        MultipartMixed.Written written = MultipartMixed.statements("[{\"id\":\"1\"},{\"id\":\"2\"}]",
                List.of(certificate, signature, new AttachmentContent("ab12", "application/pdf", bytes("%PDF-1.7"))));

        List<MultipartMixed.Part> read = MultipartMixed.parse(written.body(), MultipartMixed.boundary(written.contentType()));
        assertEquals(3, read.size());
        assertEquals("application/json", read.get(0).mediaType());
        assertEquals("[{\"id\":\"1\"},{\"id\":\"2\"}]", new String(read.get(0).content(), StandardCharsets.UTF_8));
        assertEquals(List.of("ab12", "cd34"), read.subList(1, 3).stream().map(p -> p.header("X-Experience-API-Hash")).toList());
        assertEquals("binary", read.get(1).header("Content-Transfer-Encoding"));
        assertEquals("application/pdf", read.get(1).header("Content-Type"));
        assertArrayEquals(bytes("sig"), read.get(2).content());
    }
}
