package eu.s3learning.core.cohort;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.EmailAddress;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Adds trainees to a cohort from a CSV roster (a column {@code email}, optionally {@code name}),
 * as spreadsheets export it: UTF-8, comma or semicolon, with or without a byte-order mark.
 * <p>
 * Each line stands alone: a good line is imported (people with an account are enrolled, or
 * waitlisted when the cohort is full; unknown addresses are invited), a bad line is reported
 * with its reason and changes nothing. A file that cannot be read as a roster at all (too big,
 * not UTF-8, no e-mail column, too many lines) imports nothing.
 */
@ApplicationScoped
public class RosterImport {

    public static final int MAX_BYTES = 1_000_000;
    public static final int MAX_LINES = 2_000;

    @Inject
    Cohorts cohorts;

    @Inject
    CohortAccess access;

    @Inject
    People people;

    @Inject
    EnrolmentService enrolments;

    @Inject
    Invitations invitations;

    public List<RosterRow> importRoster(long trainerId, long cohortId, InputStream upload) {
        access.requireTrainerOf(cohorts.byId(cohortId), trainerId);
        List<CSVRecord> records = parse(upload);
        List<RosterRow> report = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CSVRecord record : records) {
            int line = (int) record.getRecordNumber() + 1;
            String typed = record.isMapped("email") ? record.get("email") : "";
            String name = record.isMapped("name") && record.isSet("name") ? record.get("name") : null;
            report.add(importLine(trainerId, cohortId, line, typed, name, seen));
        }
        return report;
    }

    /** The same for addresses typed or pasted into a form: one per line, or separated by commas or semicolons. */
    public List<RosterRow> importAddresses(long trainerId, long cohortId, String typed) {
        access.requireTrainerOf(cohorts.byId(cohortId), trainerId);
        String[] addresses = typed == null ? new String[0] : typed.strip().split("[\\s,;]+");
        if (addresses.length > MAX_LINES) {
            throw new RuleViolation("error.roster.tooManyLines", MAX_LINES);
        }
        List<RosterRow> report = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < addresses.length; i++) {
            if (!addresses[i].isBlank()) {
                report.add(importLine(trainerId, cohortId, i + 1, addresses[i], null, seen));
            }
        }
        if (report.isEmpty()) {
            throw new RuleViolation("error.roster.empty");
        }
        return report;
    }

    private RosterRow importLine(long trainerId, long cohortId, int line, String typed, String name, Set<String> seen) {
        EmailAddress email;
        try {
            email = EmailAddress.of(typed);
        } catch (RuleViolation invalid) {
            return RosterRow.refused(line, typed, invalid.messageKey(), first(invalid));
        }
        if (!seen.add(email.value())) {
            return RosterRow.done(line, email.value(), RosterRow.Outcome.DUPLICATE);
        }
        try {
            Optional<Person> person = people.byEmail(email);
            if (person.isEmpty()) {
                invitations.invite(trainerId, cohortId, email, name);
                return RosterRow.done(line, email.value(), RosterRow.Outcome.INVITED);
            }
            Enrolment enrolment = enrolments.admitByTrainer(trainerId, person.get().id(), cohortId);
            return RosterRow.done(line, email.value(), enrolment.enrolled() ? RosterRow.Outcome.ENROLLED : RosterRow.Outcome.WAITLISTED);
        } catch (RuleViolation refused) {
            if ("error.enrolment.already".equals(refused.messageKey())) {
                return RosterRow.done(line, email.value(), RosterRow.Outcome.ALREADY_IN);
            }
            return RosterRow.refused(line, email.value(), refused.messageKey(), first(refused));
        }
    }

    private static Object first(RuleViolation violation) {
        return violation.arguments().length == 0 ? null : violation.arguments()[0];
    }

    static List<CSVRecord> parse(InputStream upload) {
        String text = decode(read(upload));
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(normaliseHeader(text)), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || !header.containsKey("email")) {
                throw new RuleViolation("error.roster.noEmailColumn");
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (records.size() == MAX_LINES) {
                    throw new RuleViolation("error.roster.tooManyLines", MAX_LINES);
                }
                records.add(record);
            }
            return records;
        } catch (IOException | IllegalArgumentException | IllegalStateException malformed) {
            throw new RuleViolation("error.roster.unreadable");
        }
    }

    /** "E-mail", "Email address", "e_mail" … all name the e-mail column; "full name" the name. */
    private static String normaliseHeader(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        String rest = end < 0 ? "" : text.substring(end);
        String normalised = header.toLowerCase(Locale.ROOT)
                .replaceAll("(?<=^|[,;\"])\\s*(e[-_ ]?mail( address)?|adres[ăa] de e-?mail)\\s*(?=$|[,;\"\\r])", "email")
                .replaceAll("(?<=^|[,;\"])\\s*(full[-_ ]?name|nume( complet)?)\\s*(?=$|[,;\"\\r])", "name");
        return normalised + rest;
    }

    private static byte[] read(InputStream upload) {
        try {
            byte[] bytes = upload.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new RuleViolation("error.roster.tooLarge", MAX_BYTES / 1000);
            }
            if (bytes.length == 0) {
                throw new RuleViolation("error.roster.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw new RuleViolation("error.roster.notUtf8");
        }
    }
}
