package com.campaignrunner.intake;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV candidate file, streamed record by record. */
final class CsvCandidateSheet extends SheetReader {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private static final char BAD_BYTES = '\uFFFD';

    private final Charset charset;
    private final boolean strict;
    private final boolean charsetGuessed;
    private final char delimiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private int lastRowNumber;

    CsvCandidateSheet(Path file, IntakeOptions options) {
        super(file);
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            byte[] prefix = in.readNBytes(TextEncoding.SNIFF_BYTES);
            TextEncoding.Detected detected = TextEncoding.detect(prefix, prefix.length);
            charsetGuessed = options.charset() == null;
            charset = charsetGuessed ? detected.charset() : options.charset();
            int bom = TextEncoding.bomLength(prefix, prefix.length, charset);

            String sample = new String(prefix, bom, prefix.length - bom, charset);
            String sepLine = sepHint(sample);
            Character hinted = sepLine == null ? null : sepLine.charAt(4);
            delimiter = options.delimiter() != null ? options.delimiter()
                    : hinted != null ? hinted : sniffDelimiter(sepLine == null ? sample : afterFirstLine(sample));

            InputStream body = new SequenceInputStream(
                    new ByteArrayInputStream(prefix, bom, prefix.length - bom), in);
            // Bad bytes become U+FFFD and are reported when their record is parsed: the readers buffer ahead, so
            // an exception from the decoder itself would point at the wrong row.
            strict = !(charsetGuessed && charset.equals(TextEncoding.WINDOWS_1252));
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(String.valueOf(BAD_BYTES));
            Reader reader = new BufferedReader(new InputStreamReader(body, decoder), 64 * 1024);
            if (sepLine != null) {
                skipLine(reader);
            }
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setQuote('"')
                    .setCommentMarker(null)
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(false)
                    .setTrim(false)
                    .setLenientEof(true)
                    .setTrailingData(true)
                    .get();
            parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            records = parser.iterator();
        } catch (IOException unreadable) {
            closeQuietly(in);
            throw new IntakeException(file, "candidate file cannot be read: " + unreadable.getMessage(), unreadable);
        }
        if (!findHeader()) {
            close();
            throw new IntakeException(file, "the file has no header and no rows; export the candidates again");
        }
    }

    @Override
    protected RawRow readRawRow() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            lastRowNumber = (int) record.getRecordNumber();
            List<RawCell> cells = new ArrayList<>(record.size());
            for (String value : record) {
                if (strict && value.indexOf(BAD_BYTES) >= 0) {
                    throw badBytes(cells.size(), value);
                }
                cells.add(RawCell.text(value));
            }
            return new RawRow(lastRowNumber, cells);
        } catch (UncheckedIOException | IllegalStateException failure) {
            throw readFailure(failure);
        }
    }

    private IntakeException badBytes(int column, String value) {
        String columnName = column < header().size() ? header().get(column) : null;
        String fix = charsetGuessed
                ? "the file looks like UTF-8 but is not UTF-8 here; save it again as CSV UTF-8, or set the"
                        + " encoding in the campaign file"
                : "the file is not in " + charset.name() + "; set the right encoding in the campaign file";
        return new IntakeException(file, lastRowNumber, columnName, "bytes that are not valid " + charset.name()
                + " text near '" + value.replace(BAD_BYTES, '?') + "'; " + fix, null);
    }

    private IntakeException readFailure(RuntimeException failure) {
        int row = lastRowNumber + 1;
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        return new IntakeException(file, row, null, "the CSV cannot be parsed here (" + cause.getMessage()
                + "); check the quotes on this row", cause);
    }

    /** Excel's {@code sep=;} first line names the separator and is not part of the data. */
    private static String sepHint(String sample) {
        String first = firstLine(sample).strip();
        if (first.length() == 5 && first.regionMatches(true, 0, "sep=", 0, 4)) {
            return first;
        }
        return null;
    }

    /**
     * Picks the separator that appears, outside quotes, the same number of times on the header line and on most
     * of the following lines; commas inside unquoted text (European decimal numbers, job titles) lose to it.
     */
    static char sniffDelimiter(String sample) {
        List<String> lines = logicalLines(sample, 20);
        char best = ',';
        long bestScore = -1;
        for (char candidate : DELIMITERS) {
            if (lines.isEmpty()) {
                break;
            }
            int headerCount = countOutsideQuotes(lines.get(0), candidate);
            if (headerCount == 0) {
                continue;
            }
            long consistent = lines.stream().skip(1)
                    .filter(line -> countOutsideQuotes(line, candidate) == headerCount).count();
            long score = consistent * 1000 + headerCount;
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /** Lines of the sample, joining lines that a quoted cell spans and leaving out blank ones. */
    private static List<String> logicalLines(String sample, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sample.length() && lines.size() < max; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == '\n' || c == '\r')) {
                if (!current.toString().isBlank()) {
                    lines.add(current.toString());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (lines.size() < max && !current.toString().isBlank()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static String firstLine(String sample) {
        int end = 0;
        while (end < sample.length() && sample.charAt(end) != '\n' && sample.charAt(end) != '\r') {
            end++;
        }
        return sample.substring(0, end);
    }

    private static String afterFirstLine(String sample) {
        int end = firstLine(sample).length();
        while (end < sample.length() && (sample.charAt(end) == '\n' || sample.charAt(end) == '\r')) {
            end++;
        }
        return sample.substring(end);
    }

    private static void skipLine(Reader reader) throws IOException {
        int c;
        while ((c = reader.read()) != -1) {
            if (c == '\n') {
                return;
            }
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
                return;
            }
        }
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.CSV;
    }

    @Override
    public String sheetName() {
        return null;
    }

    @Override
    public Charset charset() {
        return charset;
    }

    @Override
    public char delimiter() {
        return delimiter;
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException ignored) {
            // Nothing was written; a failed close of a read-only file loses nothing.
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // The open already failed; that failure is the one worth reporting.
            }
        }
    }
}
