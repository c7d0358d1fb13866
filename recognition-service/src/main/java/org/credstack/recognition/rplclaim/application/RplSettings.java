package org.credstack.recognition.rplclaim.application;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;
import org.credstack.recognition.rplclaim.domain.EvidencePolicy;

/** The RPL knobs an operator sets ({@code credstack.rpl.*}, documented in application.properties). */
@ConfigMapping(prefix = "credstack.rpl")
public interface RplSettings {

    /** How long after the first decision the claimant may appeal. */
    @WithDefault("P30D")
    Duration appealWindow();

    EvidenceSettings evidence();

    interface EvidenceSettings {

        /** The largest evidence file accepted; a larger one is a 413. */
        @WithDefault("10M")
        MemorySize maxFileSize();

        /** Media types of files accepted, without parameters. */
        @WithDefault("application/pdf,image/png,image/jpeg,text/plain")
        Set<String> allowedTypes();

        /** Files per claim (credentials and links do not count: they cost no storage). */
        @WithDefault("10")
        int maxFiles();
    }

    /** The policy the aggregate checks evidence against, from the settings above. */
    default EvidencePolicy policy() {
        EvidenceSettings evidence = evidence();
        return new EvidencePolicy(evidence.allowedTypes(), evidence.maxFileSize().asLongValue(), evidence.maxFiles());
    }
}
