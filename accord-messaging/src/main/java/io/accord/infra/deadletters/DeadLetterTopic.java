package io.accord.infra.deadletters;

import io.accord.infra.kafka.KafkaClientSettings;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A dead-letter topic as the tool sees it: its records (bytes, untouched) and, per partition, how far re-driving has
 * come, which is the committed offset of the tool's own consumer group on the topic. The group never subscribes (the
 * tool assigns partitions and seeks), it only keeps that position, so nothing else about the topic changes.
 */
final class DeadLetterTopic implements AutoCloseable {

    /** One partition: the records still kept ({@code begin} to {@code end - 1}) and the re-drive position. */
    record Partition(TopicPartition id, long begin, long end, long position) {
        long pending() {
            return end - position;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CLIENT_ID = "accord-dead-letters";

    private final String topic;
    private final KafkaClientSettings kafka;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private KafkaProducer<byte[], byte[]> producer;

    DeadLetterTopic(String topic, String group, KafkaClientSettings kafka) {
        this.topic = topic;
        this.kafka = kafka;
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // looking at a topic that does not exist must not create it
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(kafka.forClient(CLIENT_ID, config));
    }

    /** Every partition of the topic, in order; empty when the topic does not exist. */
    List<Partition> partitions() {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
        if (infos == null || infos.isEmpty()) {
            return List.of();
        }
        List<TopicPartition> ids = infos.stream().map(p -> new TopicPartition(topic, p.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(ids, TIMEOUT);
        Map<TopicPartition, Long> end = consumer.endOffsets(ids, TIMEOUT);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(ids), TIMEOUT);
        List<Partition> partitions = new ArrayList<>();
        for (TopicPartition id : ids) {
            OffsetAndMetadata mark = committed.get(id);
            // records the topic no longer keeps (retention) count as behind the position
            long position = Math.max(begin.get(id), mark == null ? 0 : mark.offset());
            partitions.add(new Partition(id, begin.get(id), end.get(id), Math.min(position, end.get(id))));
        }
        return partitions;
    }

    /** The records from {@code from} to {@code to}, both included, in offset order. */
    List<DeadLetter> read(TopicPartition partition, long from, long to) {
        List<DeadLetter> records = new ArrayList<>();
        if (to < from) {
            return records;
        }
        consumer.assign(List.of(partition));
        consumer.seek(partition, from);
        Instant giveUp = Instant.now().plus(TIMEOUT);
        while (consumer.position(partition, TIMEOUT) <= to) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("could not read " + partition + " up to offset " + to + " within " + TIMEOUT);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500)).records(partition)) {
                if (record.offset() <= to) {
                    records.add(new DeadLetter(record));
                }
            }
        }
        return records;
    }

    /** Sends each record and waits until the broker has acknowledged all of them (acks=all, idempotent). */
    void send(List<ProducerRecord<byte[], byte[]>> records) throws InterruptedException, ExecutionException, TimeoutException {
        if (records.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (ProducerRecord<byte[], byte[]> record : records) {
            acks.add(producer().send(record));
        }
        producer().flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Moves the group's position: everything before {@code offset} counts as handled. */
    void moveTo(TopicPartition partition, long offset) {
        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(offset)), TIMEOUT);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producer = new KafkaProducer<>(kafka.forClient(CLIENT_ID, config));
        }
        return producer;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
