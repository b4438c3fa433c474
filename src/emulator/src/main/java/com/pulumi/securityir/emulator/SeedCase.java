package com.pulumi.securityir.emulator;

/**
 * A case to create directly in a given status and resolver type, bypassing the lifecycle (seed
 * file, {@code POST /_emulator/cases}, or in-process). {@code title} and {@code description} are
 * sensitive and kept out of {@link #toString()}.
 *
 * @param caseId 10-digit id to use, or {@code null} to mint one
 * @param title 1–300 characters
 * @param status any of the seven statuses
 * @param resolverType AWS or Self
 * @param description optional, 1–8000 characters; a placeholder is stored when {@code null}
 * @param engagementType optional, {@code Security Incident} (default) or {@code Investigation}
 */
public record SeedCase(
    String caseId,
    String title,
    CaseState status,
    Resolver resolverType,
    String description,
    String engagementType) {

  /** A seed with only the essentials. */
  public static SeedCase of(String caseId, String title, CaseState status, Resolver resolverType) {
    return new SeedCase(caseId, title, status, resolverType, null, null);
  }

  @Override
  public String toString() {
    return "SeedCase[caseId="
        + caseId
        + ", title=<sensitive>, status="
        + status
        + ", resolverType="
        + resolverType
        + "]";
  }
}
