package com.campaignrunner.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which column of the candidate file feeds which candidate field. Common header names are recognised whatever
 * their case, spacing and punctuation; the campaign file can name the others.
 */
public final class ColumnMapping {

    private final List<String> header;
    private final Map<CandidateField, Integer> columns;

    private ColumnMapping(List<String> header, Map<CandidateField, Integer> columns) {
        this.header = List.copyOf(header);
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    /**
     * Maps a header. The explicit mapping (field key such as {@code email} or {@code first_name} to header) wins
     * over recognised names.
     *
     * @throws IntakeException when an explicit field or header does not exist, or no column holds the email or
     *     the candidate's name
     */
    public static ColumnMapping resolve(List<String> header, Map<String, String> explicit) {
        Map<CandidateField, Integer> columns = new EnumMap<>(CandidateField.class);
        List<String> normalisedHeader = header.stream().map(CellText::normalise).toList();

        for (Map.Entry<String, String> entry : explicit == null ? Set.<Map.Entry<String, String>>of()
                : explicit.entrySet()) {
            CandidateField field = CandidateField.forKey(entry.getKey());
            if (field == null) {
                throw new IntakeException(null, "the column mapping names an unknown field '" + entry.getKey()
                        + "'; use one of " + allowedKeys());
            }
            int column = normalisedHeader.indexOf(CellText.normalise(entry.getValue()));
            if (column < 0 || CellText.normalise(entry.getValue()).isEmpty()) {
                throw new IntakeException(null, "the column mapping sends " + field.key() + " to the header '"
                        + entry.getValue() + "', which is not in the file; the headers are " + header);
            }
            columns.put(field, column);
        }

        for (int column = 0; column < header.size(); column++) {
            CandidateField field = CandidateField.forHeader(header.get(column));
            if (field != null && !columns.containsKey(field) && !columns.containsValue(column)) {
                columns.put(field, column);
            }
        }

        ColumnMapping mapping = new ColumnMapping(header, columns);
        mapping.requireEssentials();
        return mapping;
    }

    /** True when the header cell is a name this class recognises without help. */
    public static boolean isKnownHeader(String headerCell) {
        return CandidateField.forHeader(headerCell) != null;
    }

    public OptionalInt column(CandidateField field) {
        Integer column = columns.get(field);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    public boolean has(CandidateField field) {
        return columns.containsKey(field);
    }

    /** The header of the column that feeds the field, as written in the file, or null. */
    public String headerOf(CandidateField field) {
        Integer column = columns.get(field);
        return column == null ? null : header.get(column);
    }

    public Set<CandidateField> fields() {
        return columns.keySet();
    }

    public List<String> header() {
        return header;
    }

    boolean isMapped(int column) {
        return columns.containsValue(column);
    }

    /** Columns that feed no field but have a header: they travel with the candidate as extras. */
    List<Integer> extraColumns() {
        List<Integer> extras = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            if (!isMapped(column) && !header.get(column).isEmpty()) {
                extras.add(column);
            }
        }
        return extras;
    }

    private void requireEssentials() {
        if (!has(CandidateField.EMAIL)) {
            throw new IntakeException(null, "no column holds the candidates' email; the headers are " + header
                    + "; name a column 'email' or map the email field in the campaign file");
        }
        if (!has(CandidateField.FIRST_NAME) && !has(CandidateField.FULL_NAME)) {
            throw new IntakeException(null, "no column holds the candidates' first name or full name; the headers"
                    + " are " + header + "; name a column 'first_name' or 'name', or map it in the campaign file");
        }
    }

    private static String allowedKeys() {
        return Arrays.stream(CandidateField.values()).map(CandidateField::key)
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return columns.entrySet().stream()
                .map(e -> e.getKey().key() + "=" + header.get(e.getValue()))
                .collect(Collectors.joining(", ", "ColumnMapping[", "]"));
    }
}
