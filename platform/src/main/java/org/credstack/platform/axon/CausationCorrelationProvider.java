package org.credstack.platform.axon;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Carries tenant, actor and correlation id from a command to every message it causes, and records the causing
 * message's identifier as causation id. A message without a correlation id starts a new conversation: its own id.
 */
public final class CausationCorrelationProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        MetaData metaData = message.getMetaData();
        Map<String, Object> data = new HashMap<>();
        copy(metaData, EventMetadataKeys.TENANT, data);
        copy(metaData, EventMetadataKeys.ACTOR, data);
        data.put(EventMetadataKeys.CORRELATION_ID,
                metaData.getOrDefault(EventMetadataKeys.CORRELATION_ID, message.getIdentifier()));
        data.put(EventMetadataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }

    private static void copy(MetaData from, String key, Map<String, Object> to) {
        Object value = from.get(key);
        if (value != null) {
            to.put(key, value);
        }
    }
}
