package org.credstack.issuance.credential.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.credstack.issuance.credential.award.application.AwardCredentialIds;
import org.junit.jupiter.api.Test;

/** The credential id of an award is fixed by the award: RFC 9562 version 5 in credstack's award namespace. */
class AwardCredentialIdsTest {

    /** Computed outside Java: python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('7526c43c-...'), '<awardId>'))". */
    @Test
    void the_id_is_the_name_based_uuid_of_the_award_id_as_other_implementations_compute_it() {
        assertThat(AwardCredentialIds.of("5e9a3c7f-4d1b-4e8a-a2c6-9b5d3f7e1a86"))
                .isEqualTo("51be4e06-35fe-54dc-971b-40f6a4691ad0");
        assertThat(AwardCredentialIds.of("award-1")).isEqualTo("8119ef80-d9a7-57d3-b550-3cb0618b853a");
    }

    @Test
    void the_same_award_always_gets_the_same_id_and_different_awards_different_ones() {
        String award = UUID.randomUUID().toString();
        assertThat(AwardCredentialIds.of(award)).isEqualTo(AwardCredentialIds.of(award))
                .isNotEqualTo(AwardCredentialIds.of(UUID.randomUUID().toString()));
        UUID id = UUID.fromString(AwardCredentialIds.of(award));
        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
    }
}
