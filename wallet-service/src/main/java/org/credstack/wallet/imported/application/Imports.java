package org.credstack.wallet.imported.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.vc.verification.Checks;
import org.credstack.vc.verification.CredentialVerifier;
import org.credstack.vc.verification.VerificationReport;
import org.credstack.wallet.account.application.LearnerWallet;
import org.credstack.wallet.account.domain.RecordImport;

/**
 * Credentials issued elsewhere, added by their learner. Each is verified first and kept with that report. A forgery
 * (a signature that does not verify, or something that is not an OB 3.0 credential at all) is refused; a credential
 * that is expired, revoked or that this verifier cannot judge (VC 1.1, another proof suite) is kept, its report
 * saying so: the learner holds it, and whoever looks at it sees why it does not verify.
 */
@ApplicationScoped
public class Imports {

    /** An imported credential with its report (the report as JSON, as it was made on import). */
    public record Imported(String importId, String format, String credentialId, String issuer, String outcome,
                           String report, String credential, String credentialJwt, Instant importedAt) {
    }

    @Inject
    CredentialVerifier verifier;
    @Inject
    Commands commands;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    private final Clock clock = Clock.systemUTC();

    public Imported importJson(LearnerWallet wallet, ObjectNode credential) {
        return keep(wallet, VerificationReport.DATA_INTEGRITY, credential.toString(), null, verifier.verify(credential));
    }

    public Imported importJwt(LearnerWallet wallet, String jwt) {
        return keep(wallet, VerificationReport.VC_JWT, null, jwt, verifier.verifyJwt(jwt));
    }

    public List<Imported> list(LearnerWallet wallet) {
        return rows("WHERE wallet_id = ?1 ORDER BY imported_at DESC, import_id", wallet.walletId());
    }

    public Imported find(LearnerWallet wallet, String importId) {
        return rows("WHERE wallet_id = ?1 AND import_id = ?2", wallet.walletId(), importId).stream().findFirst()
                .orElseThrow(() -> new NotFound("Import", importId));
    }

    private Imported keep(LearnerWallet wallet, String format, String credential, String jwt,
                          VerificationReport report) {
        for (String refused : new String[] {Checks.DATA_MODEL, Checks.SIGNATURE}) {
            VerificationReport.Check check = report.check(refused);
            if (check.status() == VerificationReport.Status.FAILED) {
                throw new DomainRuleViolation("credential-invalid", "Not imported: " + check.name() + " failed ("
                        + check.detail() + ")", DomainRuleViolation.Kind.INVALID);
            }
        }
        String importId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        String reportJson = write(report);
        QuarkusTransaction.requiringNew().run(() -> {
            NativeRows.update(em, "INSERT INTO wallet_import (import_id, wallet_id, format, credential,"
                            + " credential_jwt, credential_id, issuer, outcome, report, imported_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", importId, wallet.walletId(), format,
                    credential, jwt, report.credentialId(), report.issuer(), report.outcome().name(), reportJson,
                    Timestamp.from(now));
            commands.send(new RecordImport(wallet.walletId(), importId, report.outcome().name()));
        });
        return new Imported(importId, format, report.credentialId(), report.issuer(), report.outcome().name(),
                reportJson, credential, jwt, now);
    }

    private String write(VerificationReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Imported> rows(String where, Object... args) {
        return NativeRows.select(em, "SELECT import_id, format, credential_id, issuer, outcome, report, credential,"
                        + " credential_jwt, imported_at FROM wallet_import " + where, args).stream()
                .map(r -> new Imported((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], NativeRows.instant(r[8])))
                .toList();
    }
}
