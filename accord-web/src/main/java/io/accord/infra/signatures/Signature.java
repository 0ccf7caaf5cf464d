package io.accord.infra.signatures;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An electronic signature as it is stored with what was signed (an opinion, a decision, a verification…) and in the
 * audit entry of the change it signed, where the hash chain covers it: who signed, what they meant, when, and when
 * they last proved who they are. Only {@link Signer} makes one for a request; a service reading stored data back
 * builds it from what it stored.
 *
 * @param signedBy        the principal that signed (the token's {@code upn}, as the audit trail's actor)
 * @param meaning         what the signature means
 * @param signedAt        when, by the service's clock
 * @param authenticatedAt the token's {@code auth_time}: when the signer last signed in; null only for signatures
 *                        recorded before signing required it (data migrated from an earlier release)
 */
public record Signature(String signedBy, SignatureMeaning meaning, OffsetDateTime signedAt,
        OffsetDateTime authenticatedAt) {

    public Signature {
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(signedAt, "signedAt");
    }
}
