package com.pulumi.securityir.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Translates a request that passed {@link RequestValidator} into domain values at once: strings,
 * epoch milliseconds, lists, and structures as maps of exactly the members their request shape
 * declares, in shape order. Absent and JSON {@code null} members read as absent. Stateless.
 */
final class WireReader {

  private WireReader() {}

  static String string(JsonObject in, String name) {
    JsonElement e = in.get(name);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  static Integer integer(JsonObject in, String name) {
    JsonElement e = in.get(name);
    return e == null || e.isJsonNull() ? null : e.getAsInt();
  }

  static Boolean bool(JsonObject in, String name) {
    JsonElement e = in.get(name);
    return e == null || e.isJsonNull() ? null : e.getAsBoolean();
  }

  /** A member that is a structure, or an empty one when absent. */
  static JsonObject struct(JsonObject in, String name) {
    JsonElement e = in.get(name);
    return e == null || e.isJsonNull() ? new JsonObject() : e.getAsJsonObject();
  }

  static Long millis(JsonObject in, String name) {
    JsonElement e = in.get(name);
    return e == null || e.isJsonNull() ? null : Wire.millis(e);
  }

  static List<String> strings(JsonObject in, String name) {
    List<String> out = new ArrayList<>();
    JsonElement e = in.get(name);
    if (e != null && e.isJsonArray()) {
      e.getAsJsonArray().forEach(item -> out.add(item.getAsString()));
    }
    return out;
  }

  /** A list of structures of string members, such as watchers; empty when absent. */
  static List<Map<String, String>> entries(JsonObject in, String name, Shape.ListOf shape) {
    Shape.Struct item = (Shape.Struct) shape.member();
    List<Map<String, String>> out = new ArrayList<>();
    JsonElement e = in.get(name);
    if (e != null && e.isJsonArray()) {
      for (JsonElement element : e.getAsJsonArray()) {
        JsonObject o = element.getAsJsonObject();
        Map<String, String> entry = new LinkedHashMap<>();
        for (String member : item.members().keySet()) {
          String value = string(o, member);
          if (value != null) {
            entry.put(member, value);
          }
        }
        out.add(entry);
      }
    }
    return Copies.entries(out);
  }

  static Map<String, String> map(JsonObject in, String name) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonElement e = in.get(name);
    if (e != null && e.isJsonObject()) {
      e.getAsJsonObject().entrySet().forEach(m -> out.put(m.getKey(), m.getValue().getAsString()));
    }
    return out;
  }

  /** The details of a CreateCase request. */
  static CaseDetails newCase(JsonObject in) {
    return new CaseDetails(
        string(in, "title"),
        string(in, "description"),
        string(in, "engagementType"),
        millis(in, "reportedIncidentStartDate"),
        null,
        strings(in, "impactedAccounts"),
        entries(in, "watchers", RequestSchemas.WATCHERS),
        entries(in, "threatActorIpAddresses", RequestSchemas.THREAT_ACTOR_IPS),
        strings(in, "impactedServices"),
        entries(in, "impactedAwsRegions", RequestSchemas.IMPACTED_REGIONS),
        List.of());
  }

  /** What an UpdateCase request changes. */
  static DetailsPatch patch(JsonObject in) {
    List<String> given = new ArrayList<>();
    for (Map.Entry<String, JsonElement> m : in.entrySet()) {
      if (!m.getKey().equals("caseId") && !m.getValue().isJsonNull()) {
        given.add(m.getKey());
      }
    }
    return new DetailsPatch(
        given,
        Optional.ofNullable(string(in, "title")),
        Optional.ofNullable(string(in, "description")),
        Optional.ofNullable(string(in, "engagementType")),
        Optional.ofNullable(millis(in, "reportedIncidentStartDate")),
        Optional.ofNullable(millis(in, "actualIncidentStartDate")),
        given.contains("caseMetadata")
            ? Optional.of(entries(in, "caseMetadata", RequestSchemas.CASE_METADATA))
            : Optional.empty(),
        entryEdit(in, "watchers", RequestSchemas.WATCHERS),
        entryEdit(in, "threatActorIpAddresses", RequestSchemas.THREAT_ACTOR_IPS),
        new DetailsPatch.ListEdit<>(
            strings(in, "impactedServicesToAdd"), strings(in, "impactedServicesToDelete")),
        entryEdit(in, "impactedAwsRegions", RequestSchemas.IMPACTED_REGIONS),
        new DetailsPatch.ListEdit<>(
            strings(in, "impactedAccountsToAdd"), strings(in, "impactedAccountsToDelete")));
  }

  /** The configuration a CreateMembership request asks for (it cannot name units). */
  static MembershipConfig newMembership(JsonObject in) {
    return new MembershipConfig(
        string(in, "membershipName"),
        responders(in),
        optInFeatures(in),
        Boolean.TRUE.equals(bool(in, "coverEntireOrganization")),
        List.of());
  }

  /** What an UpdateMembership request changes. */
  static MembershipPatch membershipPatch(JsonObject in) {
    JsonObject accounts = struct(in, "membershipAccountsConfigurationsUpdate");
    return new MembershipPatch(
        Optional.ofNullable(string(in, "membershipName")),
        in.has("incidentResponseTeam") && !in.get("incidentResponseTeam").isJsonNull()
            ? Optional.of(responders(in))
            : Optional.empty(),
        in.has("optInFeatures") && !in.get("optInFeatures").isJsonNull()
            ? Optional.of(optInFeatures(in))
            : Optional.empty(),
        Optional.ofNullable(bool(accounts, "coverEntireOrganization")),
        strings(accounts, "organizationalUnitsToAdd"),
        strings(accounts, "organizationalUnitsToRemove"),
        Boolean.TRUE.equals(bool(in, "undoMembershipCancellation")));
  }

  private static List<IncidentResponder> responders(JsonObject in) {
    List<IncidentResponder> out = new ArrayList<>();
    JsonElement e = in.get("incidentResponseTeam");
    if (e != null && e.isJsonArray()) {
      for (JsonElement element : e.getAsJsonArray()) {
        JsonObject o = element.getAsJsonObject();
        out.add(
            new IncidentResponder(
                string(o, "name"),
                string(o, "jobTitle"),
                string(o, "email"),
                strings(o, "communicationPreferences")));
      }
    }
    return out;
  }

  private static List<OptInFeature> optInFeatures(JsonObject in) {
    List<OptInFeature> out = new ArrayList<>();
    JsonElement e = in.get("optInFeatures");
    if (e != null && e.isJsonArray()) {
      for (JsonElement element : e.getAsJsonArray()) {
        JsonObject o = element.getAsJsonObject();
        out.add(new OptInFeature(string(o, "featureName"), bool(o, "isEnabled")));
      }
    }
    return out;
  }

  private static DetailsPatch.ListEdit<Map<String, String>> entryEdit(
      JsonObject in, String name, Shape.ListOf shape) {
    return new DetailsPatch.ListEdit<>(
        entries(in, name + "ToAdd", shape), entries(in, name + "ToDelete", shape));
  }
}
