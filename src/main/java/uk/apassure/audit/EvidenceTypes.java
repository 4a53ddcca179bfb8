package uk.apassure.audit;

import java.util.Set;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Which evidence files are accepted, decided from the bytes (Apache Tika's magic numbers), never
 * from the name or the browser's word: PDF, images, Office documents.
 */
final class EvidenceTypes {

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private static final Set<MediaType> ACCEPTED = Set.of(
            MediaType.application("pdf"),
            MediaType.image("jpeg"), MediaType.image("png"), MediaType.image("gif"), MediaType.image("webp"),
            MediaType.image("heic"), MediaType.image("tiff"),
            // Office Open XML (docx, xlsx, pptx) and the older OLE2 formats (doc, xls, ppt)
            MediaType.application("x-tika-ooxml"), MediaType.application("x-tika-msoffice"),
            // OpenDocument (odt, ods)
            MediaType.application("vnd.oasis.opendocument.text"),
            MediaType.application("vnd.oasis.opendocument.spreadsheet"));

    private EvidenceTypes() {}

    /**
     * The media type by content alone, or null when the content is not an accepted kind. The name
     * may only make an accepted content type more specific (a generic Office container becomes
     * "docx"); it never turns unknown or refused content into an accepted type.
     */
    static @Nullable String acceptedType(byte[] content, String fileName) {
        MediaType byContent = MediaType.parse(TIKA.detect(content));
        if (byContent == null || !accepted(byContent)) {
            return null;
        }
        MediaType byName = MediaType.parse(TIKA.detect(fileName));
        return byName != null && REGISTRY.isSpecializationOf(byName, byContent) ? byName.toString() : byContent.toString();
    }

    private static boolean accepted(MediaType mediaType) {
        MediaType type = mediaType;
        while (type != null) {
            if (ACCEPTED.contains(type)) {
                return true;
            }
            type = REGISTRY.getSupertype(type);
        }
        return false;
    }
}
