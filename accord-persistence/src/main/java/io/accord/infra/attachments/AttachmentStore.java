package io.accord.infra.attachments;

import io.accord.infra.hashing.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Files in PostgreSQL (accord-infra V0_11): a row per file and its bytes in chunks of {@value #CHUNK_BYTES} bytes,
 * streamed both ways with plain JDBC so that at most one chunk is ever in the heap (the services run in 128 MB),
 * whatever the file's size; the SHA-256 is computed as the chunks go by. Within the use case's transaction (the
 * datasource joins it), so a refused or failed upload leaves no chunk behind.
 *
 * <p>Where an object store (S3, MinIO) would take over: this class is the one place that writes and reads the bytes.
 * Replacing {@link #save} and {@link #copy} by a bucket's put and get (the key being the attachment's id, written before
 * the row commits and swept when no row names it) keeps every other part — the row, the hash, the history, the API.
 */
@ApplicationScoped
public class AttachmentStore {

    static final int CHUNK_BYTES = 512 * 1024;

    private final DataSource database;

    public AttachmentStore(DataSource database) {
        this.database = database;
    }

    /** Streams {@code content} in; refuses (413) the moment it passes {@code maxBytes}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attachment save(AttachmentOwner owner, String filename, String contentType, InputStream content, long maxBytes,
            String uploadedBy, OffsetDateTime uploadedAt) {
        UUID id = UUID.randomUUID();
        MessageDigest sha256 = Sha256.digest();
        long size = 0;
        try (Connection c = database.getConnection();
                PreparedStatement chunk = c.prepareStatement(
                        "insert into attachment_chunk (attachment_id, seq, data) values (?, ?, ?)")) {
            byte[] buffer = new byte[CHUNK_BYTES];
            int seq = 0;
            int filled;
            while ((filled = content.readNBytes(buffer, 0, CHUNK_BYTES)) > 0) {
                size += filled;
                if (size > maxBytes) {
                    throw AttachmentRefusedException.tooLarge(maxBytes);
                }
                sha256.update(buffer, 0, filled);
                chunk.setObject(1, id);
                chunk.setInt(2, seq++);
                chunk.setBytes(3, filled == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, filled));
                chunk.executeUpdate();
            }
            Attachment attachment = new Attachment(id, filename, contentType, size, HexFormat.of().formatHex(sha256.digest()),
                    uploadedBy, uploadedAt);
            insertRow(c, owner, attachment);
            return attachment;
        } catch (SQLException e) {
            throw new IllegalStateException("the attachment could not be stored", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void insertRow(Connection c, AttachmentOwner owner, Attachment a) throws SQLException {
        try (PreparedStatement row = c.prepareStatement("insert into attachment (id, owner_type, owner_id, owner_part, "
                + "filename, content_type, size, sha256, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            row.setObject(1, a.id());
            row.setString(2, owner.aggregateType());
            row.setObject(3, owner.aggregateId());
            setPart(row, 4, owner);
            row.setString(5, a.filename());
            row.setString(6, a.contentType());
            row.setLong(7, a.size());
            row.setString(8, a.sha256());
            row.setString(9, a.uploadedBy());
            row.setObject(10, a.uploadedAt());
            row.executeUpdate();
        }
    }

    private static void setPart(PreparedStatement statement, int index, AttachmentOwner owner) throws SQLException {
        if (owner.part() == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, owner.part());
        }
    }

    /** The owner's attachments, oldest first. */
    public List<Attachment> list(AttachmentOwner owner) {
        return query(owner, null);
    }

    /** The attachment when it belongs to this owner (another owner's is not found, whatever its id). */
    public Optional<Attachment> find(AttachmentOwner owner, UUID id) {
        return query(owner, id).stream().findFirst();
    }

    private List<Attachment> query(AttachmentOwner owner, UUID id) {
        String sql = "select id, filename, content_type, size, sha256, uploaded_by, uploaded_at from attachment "
                + "where owner_type = ? and owner_id = ? and owner_part is not distinct from ?"
                + (id == null ? "" : " and id = ?") + " order by uploaded_at, id";
        try (Connection c = database.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, owner.aggregateType());
            q.setObject(2, owner.aggregateId());
            setPart(q, 3, owner);
            if (id != null) {
                q.setObject(4, id);
            }
            List<Attachment> found = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(new Attachment(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getLong(4),
                            r.getString(5), r.getString(6), r.getObject(7, OffsetDateTime.class)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("attachments could not be read", e);
        }
    }

    /**
     * Writes the file's bytes to {@code out}, a chunk at a time (one query per chunk: a single query's result set would
     * be read whole into memory by the driver).
     */
    public void copy(UUID id, OutputStream out) throws IOException {
        try (Connection c = database.getConnection();
                PreparedStatement q = c.prepareStatement("select data from attachment_chunk where attachment_id = ? and seq = ?")) {
            for (int seq = 0; ; seq++) {
                q.setObject(1, id);
                q.setInt(2, seq);
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        return;
                    }
                    out.write(r.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException("the attachment could not be read", e);
        }
    }
}
