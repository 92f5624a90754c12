package org.flopsheet.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens a workbook that came from somewhere else: never a stack trace, never a write to the file.
 * Zip bombs are stopped by POI's inflate-ratio and size limits; XML entities are refused by POI's
 * secure XML parsers; an encrypted or legacy file is named as such.
 */
public final class SafeWorkbook {
    /** Far more than any part of a model's workbook holds (those are kilobytes), and below what POI would load into one array. */
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private SafeWorkbook() {}

    /** The whole workbook in POI's object model. */
    public static XSSFWorkbook open(Path file) {
        return parse(file, () -> {
            try (InputStream in = Files.newInputStream(file)) {
                return new XSSFWorkbook(in);
            }
        });
    }

    /** The workbook's cells and names, read by streaming its XML: what import reads (memory grows with the cells, see ImportLimits). */
    static WorkbookContents read(Path file) {
        return readPackage(file, StreamingWorkbookReader::read);
    }

    /** Reads the workbook's package with {@code read}, refusing what is not a safe .xlsx as {@link #read(Path)} does. */
    static <T> T readPackage(Path file, PackageRead<T> read) {
        return parse(file, () -> {
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return read.run(pkg);
            } finally {
                pkg.revert();
            }
        });
    }

    interface PackageRead<T> { T run(OPCPackage pkg) throws Exception; }

    private interface Parse<T> { T run() throws Exception; }

    private static <T> T parse(Path file, Parse<T> parse) {
        if (!Files.isRegularFile(file)) throw new ImportError(file + ": no such file");
        byte[] head = head(file);
        if (startsWith(head, OLE2)) {
            throw new ImportError(file + (isEncrypted(file)
                    ? " is password-protected: open it, remove the password (File > Info > Protect Workbook), save it and import again"
                    : " is a legacy .xls workbook: save it as .xlsx (Excel Workbook) and import that"));
        }
        if (!startsWith(head, ZIP)) throw new ImportError(file + " is not an .xlsx workbook (it is not even a ZIP archive)");
        requireWorkbookPart(file);
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        try {
            return parse.run();
        } catch (ImportError e) {
            throw e;
        } catch (NotOfficeXmlFileException e) {
            throw new ImportError(file + " is a ZIP archive but not an .xlsx workbook", e);
        } catch (EncryptedDocumentException e) {
            throw new ImportError(file + " is password-protected: remove the password, save it and import again", e);
        } catch (Exception e) {
            String why = String.valueOf(e.getMessage()) + " " + rootMessage(e);
            if (why.contains("Zip bomb")) {
                throw new ImportError(file + " expands to far more data than a workbook holds (a zip bomb?); refused", e);
            }
            throw new ImportError(file + " is damaged or unsafe and cannot be read: " + firstLine(rootMessage(e)), e);
        }
    }

    /** A ZIP without the workbook part is some other archive; a ZIP that cannot be listed is damaged. */
    private static void requireWorkbookPart(Path file) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null || zip.getEntry("xl/workbook.xml") == null) {
                throw new ImportError(file + " is a ZIP archive but not an .xlsx workbook (it has no xl/workbook.xml)");
            }
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                java.util.zip.ZipEntry part = entries.nextElement();
                // worksheets are read as a stream, and what they may hold is bounded by ImportLimits' cell count instead
                if (part.getSize() > MAX_PART_BYTES && !part.getName().startsWith("xl/worksheets/")) {
                    throw new ImportError(file + ": its part " + part.getName() + " expands to " + part.getSize() / (1 << 20)
                            + " MB, more than the " + MAX_PART_BYTES / (1 << 20) + " MB a model's workbook could need (a zip bomb?); refused");
                }
            }
        } catch (IOException e) {
            throw new ImportError(file + " is damaged or unsafe and cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new ImportError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (data[i] != prefix[i]) return false;
        return true;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
