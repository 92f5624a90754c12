package org.flopsheet.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the cells and names of a workbook by streaming its XML (POI's event API): memory grows with
 * the cells that hold something, not with POI's object model of the whole file. The XML parsers are
 * POI's secure ones: no DTDs, no entities.
 */
final class StreamingWorkbookReader {
    private StreamingWorkbookReader() {}

    private record SheetEntry(String name, String relationId, boolean hidden) {}

    static WorkbookContents read(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        List<Worksheet> sheets = new ArrayList<>();
        List<WorkbookContents.DefinedName> names = read(pkg, new WorksheetXmlHandler.CellBudget(ImportLimits.maxCells()), new Sheets() {
            @Override
            public WorksheetXmlHandler.CellSink start(String name) { return new WorksheetXmlHandler.ImportedCells(); }

            @Override
            public void end(String name, boolean hidden, WorksheetXmlHandler handler) { sheets.add(handler.result(hidden)); }
        });
        return new WorkbookContents(sheets, names);
    }

    /** Where the cells of each worksheet go, in tab order: a sink per sheet, and what to do once it is read. */
    interface Sheets {
        WorksheetXmlHandler.CellSink start(String name);

        void end(String name, boolean hidden, WorksheetXmlHandler handler);
    }

    /** Streams every worksheet's cells to {@code sheets}, counted against {@code budget}; returns the workbook's defined names. */
    static List<WorkbookContents.DefinedName> read(OPCPackage pkg, WorksheetXmlHandler.CellBudget budget, Sheets sheets)
            throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        List<SheetEntry> entries = new ArrayList<>();
        List<WorkbookContents.DefinedName> names = new ArrayList<>();
        try (InputStream workbook = reader.getWorkbookData()) {
            parse(workbook, new WorkbookXmlHandler(entries, names));
        }
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        for (SheetEntry entry : entries) {
            WorksheetXmlHandler handler = new WorksheetXmlHandler(entry.name(), i -> strings.getItemAt(i).getString(), budget,
                    sheets.start(entry.name()));
            try (InputStream sheet = reader.getSheet(entry.relationId())) {
                parse(sheet, handler);
            } catch (IllegalArgumentException notAWorksheet) {
                continue; // a chart sheet or dialog sheet: no cells
            }
            sheets.end(entry.name(), entry.hidden(), handler);
        }
        return names;
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
    }

    /** The sheets of {@code xl/workbook.xml} in tab order, and its defined names. */
    private static final class WorkbookXmlHandler extends DefaultHandler {
        private final List<SheetEntry> sheets;
        private final List<WorkbookContents.DefinedName> names;
        private final StringBuilder text = new StringBuilder();
        private String name;
        private int scope;
        private boolean inName;

        WorkbookXmlHandler(List<SheetEntry> sheets, List<WorkbookContents.DefinedName> names) {
            this.sheets = sheets;
            this.names = names;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "sheet" -> {
                    String state = attributes.getValue("state");
                    sheets.add(new SheetEntry(attributes.getValue("name"), relationId(attributes),
                            "hidden".equals(state) || "veryHidden".equals(state)));
                }
                case "definedName" -> {
                    name = attributes.getValue("name");
                    String local = attributes.getValue("localSheetId");
                    scope = local == null ? -1 : Integer.parseInt(local);
                    text.setLength(0);
                    inName = true;
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inName) text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("definedName")) {
                inName = false;
                names.add(new WorkbookContents.DefinedName(name, scope, text.toString()));
            }
        }

        private static String relationId(Attributes attributes) {
            for (int i = 0; i < attributes.getLength(); i++) {
                if (attributes.getLocalName(i).equals("id")) return attributes.getValue(i);
            }
            return null;
        }
    }
}
