package io.accord.infra.attachments;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code …/attachments} of one record: {@code POST} a file, {@code GET} the list, {@code GET {attachmentId}} the file.
 * Returned by the owning resource's locator, which checked that the caller may read the record.
 *
 * <p>A download is never rendered: always {@code Content-Disposition: attachment}, {@code nosniff}, and a
 * {@code sandbox} policy should a browser open it anyway, under the type the allow-list checked at upload.
 */
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentsResource {

    private final Attachments attachments;
    private final Supplier<AttachmentOwner> owner;
    private final Set<String> mayAttach;

    AttachmentsResource(Attachments attachments, Supplier<AttachmentOwner> owner, Set<String> mayAttach) {
        this.attachments = attachments;
        this.owner = owner;
        this.mayAttach = mayAttach;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file", description = "The raw file as the body, with its Content-Type and "
            + "Content-Disposition: attachment; filename*=UTF-8''<name>; or multipart/form-data with one file part. "
            + "At most accord.attachments.max-size (20 MB by default); content types of the allow-list only (PDF, "
            + "PNG/JPEG/GIF/WebP/TIFF, docx/xlsx/pptx/doc/xls/odt/ods, zip, DXF/DWG/STEP/IGES/STL, plain text). "
            + "Recorded in the record's history and announced as <aggregate>.attachment-added.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT,
                    properties = @SchemaProperty(name = "file",
                            type = SchemaType.STRING, format = "binary")))})
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Attachment.class)))
    public Response upload(InputStream body, @Context HttpHeaders headers, @Context UriInfo uri) throws IOException {
        attachments.checkMayAttach(mayAttach);
        AttachmentOwner record = owner.get();
        IncomingFile file = IncomingFile.of(headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
                headers.getHeaderString("Content-Disposition"), body);
        Attachment attachment = attachments.add(record, file);
        return Response.created(uri.getAbsolutePathBuilder().path(attachment.id().toString()).build())
                .tag(etag(attachment)).entity(attachment).build();
    }

    @GET
    @Operation(summary = "The record's attachments, oldest first")
    public List<Attachment> list() {
        return attachments.list(owner.get());
    }

    @GET
    @Path("{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment", description = "Streamed, as a download (never inline); ETag is the "
            + "file's SHA-256, If-None-Match with it answers 304.")
    @APIResponse(responseCode = "200", description = "The file", headers = {
            @Header(name = "ETag", description = "\"<sha256>\""),
            @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''<name>")},
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match named its ETag)")
    public Response download(@PathParam("attachmentId") UUID attachmentId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Attachment attachment = attachments.get(owner.get(), attachmentId);
        EntityTag tag = etag(attachment);
        if (matches(ifNoneMatch, attachment.sha256())) {
            return Response.notModified(tag).build();
        }
        AttachmentStore store = attachments.store();
        StreamingOutput bytes = out -> store.copy(attachment.id(), out);
        return Response.ok(bytes, attachment.contentType()).tag(tag)
                .header("Content-Length", attachment.size())
                .header("Content-Disposition", ContentDispositions.attachment(attachment.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-cache")
                .build();
    }

    private static EntityTag etag(Attachment attachment) {
        return new EntityTag(attachment.sha256());
    }

    /** {@code If-None-Match}: {@code *} or a list of tags, weak or strong (a weak comparison, as RFC 9110 asks). */
    static boolean matches(String ifNoneMatch, String sha256) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("\"" + sha256 + "\"")) {
                return true;
            }
        }
        return false;
    }
}
