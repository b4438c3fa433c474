package com.pulumi.securityir.emulator;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable state of one case. Not thread-safe by itself: {@link CaseStore} only touches it while
 * holding its lock and never lets it escape. Serialised as-is into the state file. Title,
 * description and watcher data are sensitive and are kept out of {@link #toString()}.
 */
final class StoredCase {
  String caseId;
  String caseArn;
  String title;
  String description;
  CaseState status;
  Resolver resolverType;
  String engagementType;
  Long reportedIncidentStartDate;
  Long actualIncidentStartDate;
  long createdDate;
  long lastUpdatedDate;
  Long closedDate;
  String closureCode;
  String pendingAction;
  List<String> impactedAccounts = new ArrayList<>();
  JsonArray watchers = new JsonArray();
  JsonArray threatActorIpAddresses = new JsonArray();
  List<String> impactedServices = new ArrayList<>();
  JsonArray impactedAwsRegions = new JsonArray();
  JsonArray caseMetadata;
  Map<String, String> tags = new LinkedHashMap<>();
  List<StoredComment> comments = new ArrayList<>();
  Map<String, String> commentTokens = new LinkedHashMap<>();
  List<CaseEdit> edits = new ArrayList<>();

  @Override
  public String toString() {
    return "StoredCase[caseId="
        + caseId
        + ", status="
        + (status == null ? null : status.wire())
        + ", resolverType="
        + (resolverType == null ? null : resolverType.wire())
        + "]";
  }
}
