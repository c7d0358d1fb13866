package org.credstack.issuance.achievement.projection;

/** Where one version stands. Only the PUBLISHED version of an achievement can be issued. */
public enum VersionStatus {
    DRAFT, PUBLISHED, SUPERSEDED, RETIRED
}
