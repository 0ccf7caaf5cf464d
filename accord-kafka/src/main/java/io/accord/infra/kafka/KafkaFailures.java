package io.accord.infra.kafka;

import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SslAuthenticationException;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A Kafka client's failure in the words an operator acts on, for health data and logs: a refused login or a denied
 * ACL names the settings to check, since the client's own message does not; anything else is the exception as it is.
 */
public final class KafkaFailures {

    private KafkaFailures() {
    }

    public static String reason(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof SslAuthenticationException) {
            return "TLS handshake with the broker failed (check KAFKA_SSL_TRUSTSTORE_TYPE and KAFKA_SSL_TRUSTSTORE_LOCATION,"
                    + " or the keystore for mTLS): " + cause;
        }
        if (cause instanceof AuthenticationException) {
            return "the broker refused this app's credentials (check KAFKA_SASL_MECHANISM and KAFKA_SASL_JAAS_CONFIG): " + cause;
        }
        if (cause instanceof AuthorizationException) {
            return "the broker denied this app's Kafka user (check its ACLs): " + cause;
        }
        return cause.toString();
    }

    /** The failure inside the wrappers a future or an admin call puts around it. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
