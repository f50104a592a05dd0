package org.isec.defaults.messaging;

import java.nio.charset.StandardCharsets;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.isec.contracts.IsecCloudEvents;
import org.isec.defaults.web.CorrelationId;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/** Handlers log under the correlation id of the request that caused the event. */
class CorrelationRecordInterceptor implements RecordInterceptor<Object, Object> {

    private static final String HEADER = "ce_" + IsecCloudEvents.CORRELATION_ID;

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                    Consumer<Object, Object> consumer) {
        String id = record.value() instanceof CloudEvent event
                ? IsecCloudEvents.correlationId(event).orElse(null) : header(record);
        if (id != null) {
            MDC.put(CorrelationId.MDC_KEY, id);
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(CorrelationId.MDC_KEY);
    }

    private static String header(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
