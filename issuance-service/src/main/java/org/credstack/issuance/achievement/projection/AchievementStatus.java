package org.credstack.issuance.achievement.projection;

/** Where an achievement stands: never published, published (possibly with a newer draft open), or retired. */
public enum AchievementStatus {
    DRAFT, PUBLISHED, RETIRED
}
