package eu.s3learning.core.tracking.lrs.statement;

import eu.s3learning.core.tracking.lrs.LrsError;
import eu.s3learning.xapi.Attachment;
import eu.s3learning.xapi.AttachmentContent;
import eu.s3learning.xapi.InvalidStatement;
import eu.s3learning.xapi.Jsonp;
import eu.s3learning.xapi.Result;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Signed statements (xAPI 1.0.3, 2.6): a statement may carry a JWS of itself as an attachment. The LRS refuses one
 * whose signature is not a JWS, uses an algorithm other than RS256, RS384 or RS512, does not verify against the
 * certificate it names, or signs a statement other than the one it travels with.
 */
@ApplicationScoped
public class SignedStatements {

    public static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";
    /** The seconds of an ISO 8601 duration, cut after two decimals. */
    private static final java.util.regex.Pattern HUNDREDTHS = java.util.regex.Pattern.compile("(\\d+[.,]\\d{1,2})\\d*(?=S$)");
    private static final Map<String, String> ALGORITHMS = Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA",
            "RS512", "SHA512withRSA");

    public void check(List<Statement> statements, Map<String, AttachmentContent> contents) {
        for (Statement statement : statements) {
            for (Attachment attachment : statement.attachments()) {
                if (attachment.usageType().value().equals(SIGNATURE_USAGE)) {
                    AttachmentContent content = contents.get(attachment.sha2().toLowerCase(Locale.ROOT));
                    if (content == null) {
                        throw LrsError.badRequest("A signature attachment must travel in the request");
                    }
                    verify(statement, attachment, content);
                }
            }
        }
    }

    private static void verify(Statement statement, Attachment attachment, AttachmentContent content) {
        if (!attachment.contentType().toLowerCase(Locale.ROOT).startsWith("application/octet-stream")) {
            throw LrsError.badRequest("A signature attachment's contentType must be application/octet-stream");
        }
        String[] jws = new String(content.content(), StandardCharsets.US_ASCII).trim().split("\\.", -1);
        if (jws.length != 3) {
            throw LrsError.badRequest("The signature is not a JWS in compact serialisation");
        }
        JsonObject header = json(decode(jws[0]), "header");
        String algorithm = header.containsKey("alg") && header.get("alg") instanceof JsonString alg ? alg.getString() : "";
        if (!ALGORITHMS.containsKey(algorithm)) {
            throw LrsError.badRequest("A statement signature must use RS256, RS384 or RS512, not '" + algorithm + "'");
        }
        Statement signed;
        try {
            signed = StatementReader.read(new String(decode(jws[1]), StandardCharsets.UTF_8));
        } catch (InvalidStatement invalid) {
            throw LrsError.badRequest("The signature's payload is not a statement: " + invalid.getMessage());
        }
        if (!unsigned(signed).sameContentAs(unsigned(statement))
                || (signed.id() != null && statement.id() != null && !signed.id().equals(statement.id()))) {
            throw LrsError.badRequest("The signature's payload is not the statement it is attached to");
        }
        if (header.get("x5c") instanceof JsonArray chain && !chain.isEmpty()) {
            PublicKey key = certificateKey(chain.get(0));
            try {
                Signature verifier = Signature.getInstance(ALGORITHMS.get(algorithm));
                verifier.initVerify(key);
                verifier.update((jws[0] + "." + jws[1]).getBytes(StandardCharsets.US_ASCII));
                if (!verifier.verify(decode(jws[2]))) {
                    throw LrsError.badRequest("The statement's signature does not verify with the certificate it names");
                }
            } catch (GeneralSecurityException e) {
                throw LrsError.badRequest("The statement's signature cannot be verified: " + e.getMessage());
            }
        }
    }

    /**
     * The statement as it was signed: without its signature attachment, which cannot sign itself, and with its
     * duration to the hundredth of a second, the precision xAPI 2.0 compares durations at (an LRS may store them
     * no finer).
     */
    private static Statement unsigned(Statement statement) {
        Result result = statement.result();
        if (result != null && result.duration() != null) {
            result = new Result(result.score(), result.success(), result.completion(), result.response(),
                    HUNDREDTHS.matcher(result.duration()).replaceFirst("$1"), result.extensions());
        }
        return new Statement(statement.id(), statement.actor(), statement.verb(), statement.object(),
                result, statement.context(), statement.timestamp(), statement.stored(),
                statement.authority(), statement.version(), statement.attachments().stream()
                        .filter(a -> !a.usageType().value().equals(SIGNATURE_USAGE)).toList());
    }

    private static PublicKey certificateKey(JsonValue encoded) {
        if (!(encoded instanceof JsonString text)) {
            throw LrsError.badRequest("The signature's x5c must hold base64 certificates");
        }
        try {
            return CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(Base64.getMimeDecoder().decode(text.getString()))).getPublicKey();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw LrsError.badRequest("The signature's x5c certificate cannot be read");
        }
    }

    private static byte[] decode(String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw LrsError.badRequest("The signature is not a JWS: a part is not base64url");
        }
    }

    private static JsonObject json(byte[] bytes, String what) {
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw LrsError.badRequest("The signature's JWS " + what + " is not a JSON object");
        }
    }
}
