package org.credstack.platform.axon;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.credstack.platform.security.Caller;

/**
 * Sends commands on behalf of the current request: the tenant, the actor (token subject) and the correlation id
 * (the caller's {@code X-Correlation-Id} header, or a fresh one) become metadata of every event the command causes.
 */
@RequestScoped
public class Commands {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    @Inject
    CommandGateway gateway;
    @Inject
    Caller caller;
    @Inject
    HttpHeaders headers;

    /** Sends a command for the caller's own tenant. */
    public <R> R send(Object command) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(metaData(caller.tenant().orElse(null))));
    }

    /** Sends a command on behalf of {@code tenant}: an operator acting on an institution's behalf. */
    public <R> R sendFor(String tenant, Object command) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData(tenant)));
    }

    MetaData metaData(String tenant) {
        Map<String, Object> values = new HashMap<>();
        if (tenant != null) {
            values.put(EventMetadataKeys.TENANT, tenant);
        }
        values.put(EventMetadataKeys.ACTOR, caller.actor());
        String correlation = headers.getHeaderString(CORRELATION_HEADER);
        values.put(EventMetadataKeys.CORRELATION_ID,
                correlation == null || correlation.isBlank() || correlation.length() > 128
                        ? UUID.randomUUID().toString() : correlation);
        return MetaData.from(values);
    }
}
