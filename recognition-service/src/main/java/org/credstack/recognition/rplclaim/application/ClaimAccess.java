package org.credstack.recognition.rplclaim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.platform.security.Caller;
import org.credstack.platform.security.Roles;
import org.credstack.recognition.rplclaim.domain.RplClaimState;

/**
 * Who may see a claim: its claimant (by token subject), and the staff and assessors of the institution it is
 * claimed at. Anyone else, another institution's staff included, is told the claim does not exist (404), so that
 * claim ids cannot be probed across tenants.
 */
@ApplicationScoped
public class ClaimAccess {

    private static final String COLUMNS = "claim_id, issuer_id, learner_id, claimant_subject, recipient_refs,"
            + " qualification_id, achievement_id, credits_claimed, state, assessor_subject, submitted_at, updated_at";

    @Inject
    Caller caller;
    @Inject
    EntityManager em;

    /** The claim, if the caller is its claimant or acts for its institution. */
    public RplClaimRow visible(String claimId) {
        RplClaimRow claim = find(claimId).orElseThrow(() -> new NotFound("RPL claim", claimId));
        if (!isClaimant(claim) && !actsFor(claim)) {
            throw new NotFound("RPL claim", claimId);
        }
        return claim;
    }

    /** The claim, if the caller acts for its institution (staff, assessor); its claimant alone is not enough. */
    public RplClaimRow ofCallersInstitution(String claimId) {
        RplClaimRow claim = visible(claimId);
        if (!actsFor(claim)) {
            throw new NotFound("RPL claim", claimId);
        }
        return claim;
    }

    public boolean isClaimant(RplClaimRow claim) {
        return caller.isAuthenticated() && claim.claimantSubject().equals(caller.subject());
    }

    /** Whether the token acts for the claim's institution in one of the institution's roles. */
    public boolean actsFor(RplClaimRow claim) {
        boolean member = caller.hasRole(Roles.ISSUER_ADMIN) || caller.hasRole(Roles.ISSUER_STAFF)
                || caller.hasRole(Roles.ASSESSOR);
        return member && caller.tenant().filter(claim.issuerId()::equals).isPresent();
    }

    /**
     * The claims the caller may list, newest first: their institution's when the token acts for one (optionally in
     * one state, or assigned to the caller), otherwise those they submitted.
     */
    public List<RplClaimRow> list(RplClaimState state, boolean assignedToMe, int limit) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        Optional<String> tenant = caller.tenant();
        boolean member = caller.hasRole(Roles.ISSUER_ADMIN) || caller.hasRole(Roles.ISSUER_STAFF)
                || caller.hasRole(Roles.ASSESSOR);
        if (member && tenant.isPresent()) {
            where.append("issuer_id = ?1");
            args.add(tenant.get());
        } else {
            where.append("claimant_subject = ?1");
            args.add(caller.subject());
        }
        if (state != null) {
            args.add(state.name());
            where.append(" AND state = ?").append(args.size());
        }
        if (assignedToMe) {
            args.add(caller.subject());
            where.append(" AND assessor_subject = ?").append(args.size());
        }
        return rows(where + " ORDER BY submitted_at DESC, claim_id LIMIT " + limit, args.toArray());
    }

    Optional<RplClaimRow> find(String claimId) {
        return rows("claim_id = ?1", claimId).stream().findFirst();
    }

    private List<RplClaimRow> rows(String where, Object... args) {
        return NativeRows.select(em, "SELECT " + COLUMNS + " FROM rpl_claim WHERE " + where, args).stream()
                .map(r -> new RplClaimRow((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        Arrays.asList((String[]) r[4]), (String) r[5], (String) r[6], (BigDecimal) r[7],
                        RplClaimState.valueOf((String) r[8]), (String) r[9], NativeRows.instant(r[10]),
                        NativeRows.instant(r[11])))
                .toList();
    }
}
