package org.credstack.platform.axon;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

/**
 * Sends commands from work that no request carries (schedules, batch workers, consumers): the tenant and the actor
 * are stated explicitly, and each command starts a correlation of its own unless the work names one.
 */
@ApplicationScoped
public class SystemCommands {

    /** The actor of work the service does by itself, such as expiring credentials at their validUntil. */
    public static final String SYSTEM_ACTOR = "system";

    @Inject
    CommandGateway gateway;

    public <R> R send(String tenant, String actor, String correlationId, Object command) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(Map.of(
                EventMetadataKeys.TENANT, tenant,
                EventMetadataKeys.ACTOR, actor,
                EventMetadataKeys.CORRELATION_ID, correlationId == null ? UUID.randomUUID().toString()
                        : correlationId))));
    }

    public <R> R send(String tenant, Object command) {
        return send(tenant, SYSTEM_ACTOR, null, command);
    }
}
