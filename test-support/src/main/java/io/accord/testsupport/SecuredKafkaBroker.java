package io.accord.testsupport;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.metadata.UserScramCredentialRecord;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.security.scram.ScramCredential;
import org.apache.kafka.common.security.scram.internals.ScramFormatter;
import org.apache.kafka.common.security.scram.internals.ScramMechanism;
import org.apache.kafka.common.security.scram.internals.ScramSaslServerProvider;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.ApiMessageAndVersion;

import java.security.Provider;
import java.security.Security;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft broker, in-process like {@link KafkaTestBroker}, whose clients must log in as a production
 * cluster's do: its only client listener is SASL_PLAINTEXT with SCRAM-SHA-512 (Strimzi's SCRAM listeners add TLS,
 * which the apps configure separately), and it creates no topic by itself ({@code auto.create.topics.enable=false},
 * as Strimzi's Topic Operator owns the topics). One app user exists, {@link #USER} with {@link #PASSWORD}; its
 * SCRAM credential is in the cluster's first metadata, as {@code kafka-storage format --add-scram} puts it there. Each call of {@link #start()} is a broker of its own: tests that leave topics behind or expect none
 * do not meet. No ACLs: authentication is what is tested here.
 */
public final class SecuredKafkaBroker implements AutoCloseable {

    public static final String USER = "accord-app";
    public static final String PASSWORD = "accord-app-secret";
    public static final String MECHANISM = "SCRAM-SHA-512";
    public static final String PROTOCOL = SecurityProtocol.SASL_PLAINTEXT.name;
    /** The broker's own user, for the inter-broker login its listener must be able to make. */
    private static final String BROKER_USER = "broker";
    private static final String BROKER_PASSWORD = "broker-secret";
    /** The name {@link ScramSaslServerProvider} registers under. */
    private static final String SCRAM_SERVER_PROVIDER = "SASL/SCRAM Server Provider";

    private final KafkaClusterTestKit kit;

    private SecuredKafkaBroker(KafkaClusterTestKit kit) {
        this.kit = kit;
    }

    public static SecuredKafkaBroker start() {
        KafkaTestBroker.keepTheJvmAlive();
        useThisClassLoadersScramServer();
        KafkaClusterTestKit kit = null;
        try {
            kit = KafkaTestBroker.oneNode(new KafkaClusterTestKit.Builder(new TestKitNodes.Builder(withCredentials())
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                    .build()), false)
                    .setConfigProp("sasl.enabled.mechanisms", MECHANISM)
                    .setConfigProp("sasl.mechanism.inter.broker.protocol", MECHANISM)
                    .setConfigProp("sasl.mechanism.controller.protocol", MECHANISM)
                    // the server side checks the credentials stored in the cluster's metadata; the user named here is
                    // the broker's own, for connections to itself (the test kit calls its client listener EXTERNAL)
                    .setConfigProp("listener.name.external.scram-sha-512.sasl.jaas.config", jaas(BROKER_USER, BROKER_PASSWORD))
                    // the test kit would add an authorizer that admits only its own PLAIN admin; no ACLs here
                    .setConfigProp("authorizer.class.name", "")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            SecuredKafkaBroker broker = new SecuredKafkaBroker(kit);
            broker.awaitLogin();
            return broker;
        } catch (Exception e) {
            if (kit != null) {
                try {
                    kit.close();
                } catch (Exception ignored) {
                    // the start failed already; that is the error to report
                }
            }
            throw new IllegalStateException("could not start the in-process Kafka broker with a SCRAM listener", e);
        }
    }

    /**
     * Kafka installs its SCRAM server as a JVM-wide security provider, once. Quarkus runs each test profile in a class
     * loader of its own, so the provider a broker of an earlier profile installed hands this broker a SCRAM server whose
     * callbacks this broker's credential lookup does not recognise, and every login fails as "invalid credentials".
     * A provider of another class loader is removed; the broker installs its own.
     */
    private static void useThisClassLoadersScramServer() {
        Provider installed = Security.getProvider(SCRAM_SERVER_PROVIDER);
        if (installed != null && installed.getClass() != ScramSaslServerProvider.class) {
            Security.removeProvider(SCRAM_SERVER_PROVIDER);
        }
    }

    /**
     * The test kit's first metadata with the two SCRAM credentials added, as {@code kafka-storage format --add-scram}
     * adds them: no client can log in before a credential exists, and the Admin API's way of creating one is not
     * served on the controller's listener, the only one without a login.
     */
    private static BootstrapMetadata withCredentials() throws Exception {
        BootstrapMetadata testKit = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                .build().bootstrapMetadata();
        List<ApiMessageAndVersion> records = new ArrayList<>(testKit.records());
        records.add(credential(USER, PASSWORD));
        records.add(credential(BROKER_USER, BROKER_PASSWORD));
        return BootstrapMetadata.fromRecords(records, testKit.source());
    }

    private static ApiMessageAndVersion credential(String user, String password) throws Exception {
        ScramCredential scram = new ScramFormatter(ScramMechanism.SCRAM_SHA_512).generateCredential(password, 4096);
        return new ApiMessageAndVersion(new UserScramCredentialRecord().setName(user).setMechanism(ScramMechanism.SCRAM_SHA_512.type())
                .setSalt(scram.salt()).setStoredKey(scram.storedKey()).setServerKey(scram.serverKey())
                .setIterations(scram.iterations()), (short) 0);
    }

    /** The broker learns of the credentials from the metadata log a moment after the controller wrote them. */
    private void awaitLogin() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try (Admin admin = Admin.create(clientSettings())) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the app user cannot log in to the SCRAM listener", e);
                }
                Thread.sleep(200);
            }
        }
    }

    /** The JAAS line of a SCRAM login, as Strimzi puts it into a KafkaUser's Secret ({@code sasl.jaas.config}). */
    public static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    public String bootstrapServers() {
        return kit.bootstrapServers();
    }

    /** What a client needs to log in as the app user: for {@link KafkaTestClient} and plain clients in tests. */
    public Map<String, Object> clientSettings() {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, PROTOCOL,
                SaslConfigs.SASL_MECHANISM, MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG, jaas(USER, PASSWORD));
    }

    /** Creates topics as the cluster's operator would (3 partitions, one replica), since the broker creates none. */
    public void createTopics(Collection<String> topics) {
        try (Admin admin = Admin.create(clientSettings())) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList()).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create " + topics, e);
        }
    }

    public Set<String> topics() {
        try (Admin admin = Admin.create(clientSettings())) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not list the topics", e);
        }
    }

    @Override
    public void close() {
        try {
            kit.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the in-process Kafka broker", e);
        }
    }
}
