package com.pulumi.securityir.emulator;

import static com.pulumi.securityir.emulator.EmulatorFixtures.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.securityir.model.CreateMembershipRequest;
import software.amazon.awssdk.services.securityir.model.GetMembershipResponse;
import software.amazon.awssdk.services.securityir.model.IncidentResponder;
import software.amazon.awssdk.services.securityir.model.OptInFeature;
import software.amazon.awssdk.services.securityir.model.OptInFeatureName;

/** Memberships for tests: valid requests, and a region cleared for a new membership. */
final class MembershipFixtures {

  private MembershipFixtures() {}

  static IncidentResponder responder(String name) {
    return IncidentResponder.builder()
        .name(name)
        .jobTitle("Responder")
        .email(name.toLowerCase().replace(' ', '.') + "@example.com")
        .build();
  }

  static CreateMembershipRequest request(String clientToken) {
    return CreateMembershipRequest.builder()
        .clientToken(clientToken)
        .membershipName("Blue team")
        .incidentResponseTeam(
            responder("Ana Lima"),
            responder("Bo Chen").toBuilder()
                .communicationPreferencesWithStrings("Case Created", "Case Closed")
                .build(),
            responder("Cy Diaz"))
        .optInFeatures(
            OptInFeature.builder().featureName(OptInFeatureName.TRIAGE).isEnabled(true).build())
        .tags(Map.of("owner", "secops"))
        .build();
  }

  /** The same membership, field by field (responses also carry their own request ids). */
  static void assertSame(GetMembershipResponse expected, GetMembershipResponse actual, String why) {
    assertTrue(expected.equalsBySdkFields(actual), why + ": " + expected + " then " + actual);
  }

  /** A complete, valid CreateMembership body: the two required members and a team of two. */
  static JsonObject newMembershipJson() {
    JsonObject o = new JsonObject();
    o.addProperty("membershipName", "Conformance team");
    JsonArray team = new JsonArray();
    for (String name : List.of("Ana", "Bo Li")) {
      JsonObject responder = new JsonObject();
      responder.addProperty("name", name + " Responder");
      responder.addProperty("jobTitle", "Responder");
      responder.addProperty("email", name.replace(" ", "") + "@example.com");
      team.add(responder);
    }
    o.add("incidentResponseTeam", team);
    return o;
  }

  /**
   * A new Active membership, created over raw HTTP. The account has one membership per region, so
   * every earlier one is retired first.
   */
  static String freshMembership(SecurityIrEmulator emulator) throws Exception {
    retireMemberships(emulator);
    HttpResponse<String> r =
        signed(emulator, "POST", "/v1/membership", newMembershipJson().toString());
    assertEquals(201, r.statusCode(), r.body());
    return JsonParser.parseString(r.body()).getAsJsonObject().get("membershipId").getAsString();
  }

  /**
   * Cancels (through the API) and terminates (through the control plane) every membership that
   * still counts against the one per region.
   */
  static void retireMemberships(SecurityIrEmulator emulator) throws Exception {
    List<JsonElement> items = new ArrayList<>();
    JsonObject request = new JsonObject();
    do {
      JsonObject page =
          JsonParser.parseString(
                  signed(emulator, "POST", "/v1/memberships", request.toString()).body())
              .getAsJsonObject();
      page.getAsJsonArray("items").forEach(items::add);
      request = new JsonObject();
      if (page.has("nextToken")) {
        request.add("nextToken", page.get("nextToken"));
      }
    } while (request.has("nextToken"));
    for (JsonElement item : items) {
      JsonObject m = item.getAsJsonObject();
      String id = m.get("membershipId").getAsString();
      String status = m.get("membershipStatus").getAsString();
      if (status.equals("Active")) {
        signed(emulator, "PUT", "/v1/membership/" + id, null);
      }
      if (!status.equals("Terminated")) {
        emulator.control().terminateMembership(id).orElseThrow();
      }
    }
  }
}
