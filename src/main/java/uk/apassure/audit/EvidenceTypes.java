package uk.apassure.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Which evidence files are accepted, decided from the bytes (Apache Tika's magic numbers), never
 * from the name or the browser's word: PDF, images, Office documents. The name's extension must
 * agree with the content; web pages, SVG drawings, scripts, programs and macro-enabled documents
 * are refused, and so is an Office or OpenDocument file (a zip inside) that expands past
 * {@link #MAX_EXPANDED_BYTES} (a "zip bomb"). Every refusal says why, in the user's words.
 */
final class EvidenceTypes {

    /** What the documents inside a zip-based file may add up to once unpacked; real ones stay far below. */
    static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    /** How many parts a zip-based document may have; Word and Excel files have tens, rarely hundreds. */
    static final int MAX_ZIP_ENTRIES = 10_000;

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final MediaType ZIP = MediaType.application("zip");
    private static final Set<MediaType> ACCEPTED = Set.of(
            MediaType.application("pdf"),
            MediaType.image("jpeg"), MediaType.image("png"), MediaType.image("gif"), MediaType.image("webp"),
            MediaType.image("heic"), MediaType.image("tiff"),
            // Office Open XML (docx, xlsx, pptx) and the older OLE2 formats (doc, xls, ppt)
            OOXML, OLE2,
            // OpenDocument (odt, ods)
            MediaType.application("vnd.oasis.opendocument.text"),
            MediaType.application("vnd.oasis.opendocument.spreadsheet"));
    private static final Set<MediaType> PROGRAMS = Set.of(MediaType.application("x-dosexec"),
            MediaType.application("x-msdownload"), MediaType.application("x-executable"),
            MediaType.application("x-elf"), MediaType.application("x-mach-o-executable"),
            MediaType.application("java-archive"), MediaType.application("x-msi"));

    static final String WHAT_IS_ACCEPTED = "PDFs, photos and scans (JPEG, PNG, GIF, WebP, HEIC, TIFF), Word, Excel"
            + " and PowerPoint files, and OpenDocument text or spreadsheets";

    private EvidenceTypes() {}

    /**
     * The media type to store for an accepted file: by content, made more specific by the name
     * (a generic Office container becomes "docx"). Refuses, with the reason, anything else.
     */
    static String acceptedType(byte[] content, String fileName) {
        MediaType byContent = MediaType.parse(TIKA.detect(content));
        if (byContent == null || !accepted(byContent)) {
            throw new InvalidStep("\"" + fileName + "\" is " + describe(byContent) + ". Only " + WHAT_IS_ACCEPTED
                    + " are accepted (checked by the file's content, not its name).");
        }
        MediaType byName = MediaType.parse(TIKA.detect(fileName));
        if (byName == null || MediaType.OCTET_STREAM.equals(byName)) {
            throw new InvalidStep("\"" + fileName + "\" has no file extension that says what it is; its content is "
                    + describe(byContent) + ". Rename it with the right extension and upload it again.");
        }
        if (byName.toString().contains("macroenabled")) {
            throw new InvalidStep("\"" + fileName + "\" is a document with macros, which can run code. Save it"
                    + " without macros (or as a PDF) and upload that.");
        }
        boolean refines = REGISTRY.isSpecializationOf(byName, byContent);
        // content more specific than the name is fine (.heif for HEIC), but not a bare container (.zip)
        boolean generalName = !ZIP.equals(byName) && REGISTRY.isSpecializationOf(byContent, byName);
        if (!refines && !byName.equals(byContent) && !generalName) {
            throw new InvalidStep("\"" + fileName + "\" is named as " + describe(byName) + ", but its content is "
                    + describe(byContent) + ". Upload the right file, or give it the right extension.");
        }
        MediaType type = refines ? byName : byContent;
        if (isA(type, OOXML) || isA(type, ZIP)) {
            requireSafeZip(content, fileName);
        }
        return type.toString();
    }

    /**
     * Unpacks the document's parts without keeping them, counting real bytes (never the sizes the
     * archive claims), and stops at the limit.
     */
    private static void requireSafeZip(byte[] content, String fileName) {
        long expanded = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new InvalidStep("\"" + fileName + "\" holds more than " + MAX_ZIP_ENTRIES + " parts, far more"
                            + " than any real document: it was refused as unsafe.");
                }
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw new InvalidStep("\"" + fileName + "\" contains macros, which can run code. Save it without"
                            + " macros (or as a PDF) and upload that.");
                }
                expanded += drain(zip, buffer, MAX_EXPANDED_BYTES - expanded);
                if (expanded > MAX_EXPANDED_BYTES) {
                    throw new InvalidStep("\"" + fileName + "\" unpacks to more than " + MAX_EXPANDED_BYTES / (1024 * 1024)
                            + " MB, far more than any real document: it was refused as unsafe.");
                }
            }
        } catch (IOException e) {
            throw new InvalidStep("\"" + fileName + "\" is damaged and cannot be opened as a document.");
        }
    }

    /** Reads the current entry, stopping one byte past {@code allowance}. */
    private static long drain(InputStream in, byte[] buffer, long allowance) throws IOException {
        long read = 0;
        int n;
        while (read <= allowance && (n = in.read(buffer)) != -1) {
            read += n;
        }
        return read;
    }

    private static boolean accepted(MediaType mediaType) {
        for (MediaType type = mediaType; type != null; type = REGISTRY.getSupertype(type)) {
            if (ACCEPTED.contains(type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isA(MediaType type, MediaType ancestor) {
        return type.equals(ancestor) || REGISTRY.isSpecializationOf(type, ancestor);
    }

    /** What a type is, as a school user would say it. */
    static String describe(@org.jspecify.annotations.Nullable MediaType type) {
        if (type == null || MediaType.OCTET_STREAM.equals(type)) {
            return "of a kind that cannot be recognised";
        }
        String name = type.getBaseType().toString();
        if (name.equals("application/pdf")) {
            return "a PDF";
        }
        if (name.equals("image/svg+xml")) {
            return "an SVG drawing (it can carry scripts)";
        }
        if (type.getType().equals("image")) {
            return "an image (" + type.getSubtype().toUpperCase(Locale.ROOT) + ")";
        }
        if (isA(type, OOXML)) {
            return "a Word, Excel or PowerPoint file";
        }
        if (isA(type, OLE2)) {
            return "an older Office file (.doc, .xls, .ppt)";
        }
        if (name.startsWith("application/vnd.oasis.opendocument")) {
            return "an OpenDocument file";
        }
        if (name.equals("text/html") || name.equals("application/xhtml+xml")) {
            return "a web page (HTML)";
        }
        if (PROGRAMS.stream().anyMatch(program -> isA(type, program))) {
            return "a program (an executable file)";
        }
        if (name.contains("javascript") || name.equals("application/x-sh") || name.contains("script")
                || name.contains("python") || name.contains("x-bat") || name.contains("powershell")) {
            return "a script (" + name + ")";
        }
        if (isA(type, ZIP)) {
            return "a zip archive";
        }
        if (isA(type, MediaType.TEXT_PLAIN)) {
            return "a text file (" + name + ")";
        }
        return "a file of type " + name;
    }
}
