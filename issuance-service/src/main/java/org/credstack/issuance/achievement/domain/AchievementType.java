package org.credstack.issuance.achievement.domain;

/**
 * The Open Badges 3.0 AchievementType vocabulary (OB 3.0 §B.2.4, the enumeration in the 1EdTech JSON Schema). The
 * constants are spelled exactly as OB writes them, so that {@link #name()} is the value a credential carries. OB's
 * {@code ext:} extension values are not offered yet.
 */
public enum AchievementType {
    Achievement, ApprenticeshipCertificate, Assessment, Assignment, AssociateDegree, Award, Badge, BachelorDegree,
    Certificate, CertificateOfCompletion, Certification, CommunityService, Competency, Course, CoCurricular, Degree,
    Diploma, DoctoralDegree, Fieldwork, GeneralEducationDevelopment, JourneymanCertificate, LearningProgram, License,
    Membership, ProfessionalDoctorate, QualityAssuranceCredential, MasterCertificate, MasterDegree, MicroCredential,
    ResearchDoctorate, SecondarySchoolDiploma
}
