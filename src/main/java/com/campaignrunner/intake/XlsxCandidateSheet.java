package com.campaignrunner.intake;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * An XLSX candidate file, streamed with a pull parser over the sheet's XML so that memory stays flat however many
 * rows there are. Cells are read from their stored values, never their displayed text: a phone shown as
 * {@code 4.42E+11} is stored exactly and comes out whole.
 */
final class XlsxCandidateSheet extends SheetReader {

    private static final String RELATIONSHIPS_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private record SheetEntry(String name, String state, String relationId) {

        boolean visible() {
            return state == null || state.equals("visible");
        }
    }

    private record MailtoLink(int firstRow, int firstColumn, int lastRow, int lastColumn, String address) {

        boolean covers(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }
    }

    private final OPCPackage workbook;
    private final ReadOnlySharedStringsTable sharedStrings;
    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private boolean date1904;
    private String sheetName;
    private InputStream sheetStream;
    private XMLStreamReader xml;
    private List<MailtoLink> mailtoLinks = List.of();
    private int lastRowNumber;

    XlsxCandidateSheet(Path file, IntakeOptions options) {
        super(file);
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException broken) {
            throw new IntakeException(file, "the workbook cannot be opened (" + broken.getMessage()
                    + "); open it in a spreadsheet program and save it again as .xlsx", broken);
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            sharedStrings = new ReadOnlySharedStringsTable(workbook);
            styles = reader.getStylesTable();
            List<SheetEntry> sheets = readSheetList(reader);
            Map<String, PackagePart> parts = sheetParts(reader);
            openChosenSheet(sheets, parts, options.sheetName());
        } catch (IOException | OpenXML4JException | XMLStreamException | org.xml.sax.SAXException broken) {
            close();
            throw new IntakeException(file, "the workbook cannot be read (" + broken.getMessage()
                    + "); open it in a spreadsheet program and save it again as .xlsx", broken);
        } catch (IntakeException failure) {
            close();
            throw failure;
        } catch (RuntimeException broken) {
            close();
            throw new IntakeException(file, "the workbook cannot be read (" + broken
                    + "); open it in a spreadsheet program and save it again as .xlsx", broken);
        }
    }

    private void openChosenSheet(List<SheetEntry> sheets, Map<String, PackagePart> parts, String wanted)
            throws XMLStreamException, IOException, InvalidFormatException {
        List<String> names = sheets.stream().map(SheetEntry::name).toList();
        if (wanted != null) {
            SheetEntry entry = sheets.stream().filter(s -> s.name().strip().equalsIgnoreCase(wanted.strip()))
                    .findFirst()
                    .orElseThrow(() -> new IntakeException(file, "the workbook has no sheet named '" + wanted
                            + "'; its sheets are " + names));
            openSheet(entry, parts.get(entry.name()));
            if (!findHeader()) {
                throw new IntakeException(file, "sheet '" + entry.name() + "' is empty; name the sheet that holds"
                        + " the candidates");
            }
            return;
        }
        List<String> skippedHidden = new ArrayList<>();
        for (SheetEntry entry : sheets) {
            if (!entry.visible()) {
                skippedHidden.add(entry.name());
                continue;
            }
            openSheet(entry, parts.get(entry.name()));
            if (findHeader()) {
                if (!skippedHidden.isEmpty()) {
                    warnAboutFile(RowProblem.warning(0, null, String.join(", ", skippedHidden),
                            "hidden sheets were not read; candidates were read from sheet '" + entry.name() + "'",
                            "name the sheet in the campaign file to read another one"));
                }
                return;
            }
            closeSheet();
        }
        throw new IntakeException(file, "no visible sheet holds any data; the sheets are " + names);
    }

    private void openSheet(SheetEntry entry, PackagePart part)
            throws XMLStreamException, IOException, InvalidFormatException {
        if (part == null) {
            throw new IntakeException(file, "sheet '" + entry.name() + "' is listed but missing from the file;"
                    + " save the workbook again");
        }
        sheetName = entry.name();
        lastRowNumber = 0;
        mailtoLinks = readMailtoLinks(part);
        sheetStream = part.getInputStream();
        xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetStream);
    }

    private void closeSheet() {
        try {
            if (xml != null) {
                xml.close();
            }
            if (sheetStream != null) {
                sheetStream.close();
            }
        } catch (XMLStreamException | IOException ignored) {
            // Read-only; moving on to the next sheet loses nothing.
        }
        xml = null;
        sheetStream = null;
    }

    private List<SheetEntry> readSheetList(XSSFReader reader)
            throws IOException, InvalidFormatException, XMLStreamException {
        List<SheetEntry> sheets = new ArrayList<>();
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader wb = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            while (wb.hasNext()) {
                if (wb.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = wb.getLocalName();
                if (element.equals("workbookPr")) {
                    String flag = wb.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                } else if (element.equals("sheet")) {
                    sheets.add(new SheetEntry(wb.getAttributeValue(null, "name"),
                            wb.getAttributeValue(null, "state"), wb.getAttributeValue(RELATIONSHIPS_NS, "id")));
                }
            }
            wb.close();
        }
        return sheets;
    }

    private static Map<String, PackagePart> sheetParts(XSSFReader reader)
            throws IOException, InvalidFormatException {
        Map<String, PackagePart> parts = new LinkedHashMap<>();
        XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (iterator.hasNext()) {
            try (InputStream ignored = iterator.next()) {
                parts.put(iterator.getSheetName(), iterator.getSheetPart());
            }
        }
        return parts;
    }

    /**
     * Hyperlinks sit after the rows in the sheet's XML, so they are gathered in a first quick pass. The pass runs
     * only when the sheet has external links at all.
     */
    private List<MailtoLink> readMailtoLinks(PackagePart part)
            throws IOException, XMLStreamException, InvalidFormatException {
        Map<String, String> mailtoTargets = new HashMap<>();
        for (PackageRelationship relation
                : part.getRelationshipsByType(XSSFRelation.SHEET_HYPERLINKS.getRelation())) {
            String address = mailtoAddress(relation.getTargetURI());
            if (address != null) {
                mailtoTargets.put(relation.getId(), address);
            }
        }
        if (mailtoTargets.isEmpty()) {
            return List.of();
        }
        List<MailtoLink> links = new ArrayList<>();
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader sheet = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            while (sheet.hasNext()) {
                if (sheet.next() == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("hyperlink")) {
                    String address = mailtoTargets.get(sheet.getAttributeValue(RELATIONSHIPS_NS, "id"));
                    String ref = sheet.getAttributeValue(null, "ref");
                    if (address != null && ref != null) {
                        String[] ends = ref.split(":");
                        CellReference first = new CellReference(ends[0]);
                        CellReference last = new CellReference(ends[ends.length - 1]);
                        links.add(new MailtoLink(first.getRow() + 1, first.getCol(), last.getRow() + 1,
                                last.getCol(), address));
                    }
                }
            }
            sheet.close();
        }
        return links;
    }

    static String mailtoAddress(URI target) {
        if (target == null || target.getScheme() == null || !target.getScheme().equalsIgnoreCase("mailto")) {
            return null;
        }
        String address = target.getSchemeSpecificPart();
        int query = address.indexOf('?');
        return CellText.clean(query < 0 ? address : address.substring(0, query));
    }

    static String mailtoAddress(String target) {
        try {
            return target == null ? null : mailtoAddress(new URI(target.strip()));
        } catch (URISyntaxException notAUri) {
            String lower = target.strip().toLowerCase(Locale.ROOT);
            if (!lower.startsWith("mailto:")) {
                return null;
            }
            String address = target.strip().substring("mailto:".length());
            int query = address.indexOf('?');
            return CellText.clean(query < 0 ? address : address.substring(0, query));
        }
    }

    @Override
    protected RawRow readRawRow() {
        try {
            while (xml != null && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    String r = xml.getAttributeValue(null, "r");
                    int rowNumber = r == null ? lastRowNumber + 1 : Integer.parseInt(r);
                    List<RawCell> cells = readCells(rowNumber);
                    lastRowNumber = rowNumber;
                    return new RawRow(rowNumber, cells);
                }
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                    return null;
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException broken) {
            throw new IntakeException(file, lastRowNumber + 1, null, "the sheet '" + sheetName
                    + "' is damaged here (" + broken.getMessage() + "); save the workbook again", broken);
        }
    }

    private List<RawCell> readCells(int rowNumber) throws XMLStreamException {
        List<RawCell> cells = new ArrayList<>();
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                return cells;
            }
            if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("c")) {
                continue;
            }
            String ref = xml.getAttributeValue(null, "r");
            column = ref == null ? column + 1 : new CellReference(ref).getCol();
            RawCell cell = readCell(rowNumber, column);
            while (cells.size() < column) {
                cells.add(RawCell.text(""));
            }
            cells.add(cell);
        }
        return cells;
    }

    private RawCell readCell(int rowNumber, int column) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        String formula = null;
        String inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "v" -> value = xml.getElementText();
                case "f" -> formula = xml.getElementText();
                case "is" -> inline = readInlineString();
                default -> {
                    // Other cell children (extensions) carry nothing a candidate needs.
                }
            }
        }
        RawCell cell = toRawCell(type, style, value, formula, inline);
        if (!mailtoLinks.isEmpty() && (cell.kind() == CellKind.TEXT) && !cell.text().contains("@")) {
            for (MailtoLink link : mailtoLinks) {
                if (link.covers(rowNumber, column)) {
                    return RawCell.text(link.address());
                }
            }
        }
        return cell;
    }

    private RawCell toRawCell(String type, String style, String value, String formula, String inline) {
        boolean missingValue = value == null && formula != null;
        if (type == null || type.equals("n")) {
            if (missingValue) {
                return new RawCell("", CellKind.FORMULA_WITHOUT_VALUE, formula);
            }
            if (value == null || value.isBlank()) {
                return RawCell.text("");
            }
            if (isDateStyle(style)) {
                double serial = Double.parseDouble(value);
                if (DateUtil.isValidExcelDate(serial)) {
                    return new RawCell(isoDate(DateUtil.getLocalDateTime(serial, date1904)), CellKind.DATE, null);
                }
            }
            return new RawCell(plainNumber(value), CellKind.NUMBER, null);
        }
        switch (type) {
            case "s":
                if (value == null || value.isBlank()) {
                    return missingValue ? new RawCell("", CellKind.FORMULA_WITHOUT_VALUE, formula) : RawCell.text("");
                }
                return RawCell.text(sharedStrings.getItemAt(Integer.parseInt(value.strip())).getString());
            case "inlineStr":
                return RawCell.text(inline != null ? inline : value == null ? "" : value);
            case "str":
                return missingValue ? new RawCell("", CellKind.FORMULA_WITHOUT_VALUE, formula)
                        : RawCell.text(value == null ? "" : value);
            case "b":
                return missingValue ? new RawCell("", CellKind.FORMULA_WITHOUT_VALUE, formula)
                        : RawCell.text("1".equals(value) ? "TRUE" : value == null ? "" : "FALSE");
            case "e":
                return new RawCell(value == null ? "#ERROR" : value, CellKind.ERROR_VALUE, formula);
            case "d":
                if (value == null) {
                    return missingValue ? new RawCell("", CellKind.FORMULA_WITHOUT_VALUE, formula) : RawCell.text("");
                }
                return new RawCell(value.endsWith("T00:00:00") ? value.substring(0, 10) : value, CellKind.DATE, null);
            default:
                return RawCell.text(value == null ? "" : value);
        }
    }

    /** Text of an inline string, leaving out phonetic guides, which are not part of the value. */
    private String readInlineString() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phoneticDepth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("rPh")) {
                    phoneticDepth++;
                } else if (name.equals("t") && phoneticDepth == 0) {
                    text.append(xml.getElementText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("rPh")) {
                    phoneticDepth--;
                } else if (name.equals("is")) {
                    break;
                }
            }
        }
        return text.toString();
    }

    private boolean isDateStyle(String style) {
        if (style == null || styles == null) {
            return false;
        }
        int index = Integer.parseInt(style);
        return dateStyles.computeIfAbsent(index, key -> {
            if (key >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(key);
            String format = cellStyle.getDataFormatString();
            return format != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), format);
        });
    }

    @Override
    protected boolean date1904() {
        return date1904;
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.XLSX;
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public Charset charset() {
        return null;
    }

    @Override
    public char delimiter() {
        return ',';
    }

    @Override
    public void close() {
        closeSheet();
        if (workbook != null) {
            workbook.revert();
        }
    }
}
