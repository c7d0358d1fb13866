package org.credstack.recognition.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.recognition.award.api.AwardResponse;
import org.credstack.recognition.award.domain.ConfirmAward;
import org.credstack.recognition.award.domain.KeepAward;
import org.credstack.recognition.award.domain.WithdrawAward;

/** The awards of an institution: listed from the award table, decided through the award aggregate. */
@ApplicationScoped
public class Awards {

    private static final String COLUMNS = "award_id, qualification_id, qualification_version, target_achievement_id,"
            + " learner_id, recipient_refs, counted_credential_ids, credits, policy, state, credential_id,"
            + " risk_credential_id, risk_status, decision_reason, opened_at, updated_at";

    @Inject
    EntityManager em;
    @Inject
    Commands commands;

    public List<AwardResponse> list(String tenant, String state, int limit) {
        return NativeRows.select(em, "SELECT " + COLUMNS + " FROM award WHERE issuer_id = ?1"
                        + " AND (CAST(?2 AS varchar) IS NULL OR state = ?2) ORDER BY opened_at DESC LIMIT ?3",
                tenant, state, limit).stream().map(Awards::response).toList();
    }

    public AwardResponse find(String tenant, String awardId) {
        return NativeRows.select(em, "SELECT " + COLUMNS + " FROM award WHERE issuer_id = ?1 AND award_id = ?2",
                tenant, awardId).stream().findFirst().map(Awards::response)
                .orElseThrow(() -> new NotFound("Award", awardId));
    }

    public AwardResponse confirm(String tenant, String actor, String awardId) {
        find(tenant, awardId);
        commands.send(new ConfirmAward(awardId, tenant, actor));
        return find(tenant, awardId);
    }

    public AwardResponse withdraw(String tenant, String actor, String awardId, String reason) {
        find(tenant, awardId);
        commands.send(new WithdrawAward(awardId, tenant, actor, reason));
        return find(tenant, awardId);
    }

    public AwardResponse keep(String tenant, String actor, String awardId, String reason) {
        find(tenant, awardId);
        commands.send(new KeepAward(awardId, tenant, actor, reason));
        return find(tenant, awardId);
    }

    private static AwardResponse response(Object[] r) {
        return new AwardResponse((String) r[0], (String) r[1], ((Number) r[2]).intValue(), (String) r[3],
                (String) r[4], Arrays.asList((String[]) r[5]), Arrays.asList((String[]) r[6]), (BigDecimal) r[7],
                (String) r[8], (String) r[9], (String) r[10], (String) r[11], (String) r[12], (String) r[13],
                NativeRows.instant(r[14]), NativeRows.instant(r[15]));
    }
}
