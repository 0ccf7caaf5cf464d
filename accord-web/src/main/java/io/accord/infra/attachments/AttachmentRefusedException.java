package io.accord.infra.attachments;

import io.accord.infra.errors.DomainException;
import io.accord.infra.i18n.Text;

/** An upload refused for what it is: too large (413) or of a type the allow-list does not hold (415). */
public class AttachmentRefusedException extends DomainException {

    private final int status;

    private AttachmentRefusedException(int status, Text title, Text detail) {
        super(title, detail);
        this.status = status;
    }

    public static AttachmentRefusedException tooLarge(long maxBytes) {
        return new AttachmentRefusedException(413, Text.of("problem.title.payload-too-large"),
                Text.of("attachment.too-large", maxBytes));
    }

    public static AttachmentRefusedException unsupportedType(String contentType) {
        return new AttachmentRefusedException(415, Text.of("problem.status.415"),
                Text.of("attachment.type-not-allowed", contentType, String.join(", ", ContentTypes.allowed())));
    }

    public static AttachmentRefusedException contentMismatch(String contentType) {
        return new AttachmentRefusedException(415, Text.of("problem.status.415"),
                Text.of("attachment.type-mismatch", contentType));
    }

    @Override
    public int status() {
        return status;
    }
}
