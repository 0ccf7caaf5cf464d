package io.accord.requirements.service;

import io.accord.infra.hashing.Sha256;
import io.accord.infra.persistence.StoredJson;

/**
 * The fingerprint an ERP's amendment or delivery is kept under with its {@code Idempotency-Key}: the kind of request,
 * the order it is for and the command, as pinned JSON ({@link StoredJson}). Equal for the same request however its
 * JSON fields were ordered; different for the same body sent to another order or as another kind of request.
 */
record Fingerprint(String request, String erpOrderNo, Object command) {

    static String of(String request, String erpOrderNo, Object command) {
        return Sha256.hex(StoredJson.bytes(new Fingerprint(request, erpOrderNo, command)));
    }
}
