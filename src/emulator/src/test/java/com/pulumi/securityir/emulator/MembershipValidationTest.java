package com.pulumi.securityir.emulator;

import static com.pulumi.securityir.emulator.EmulatorFixtures.client;
import static com.pulumi.securityir.emulator.EmulatorFixtures.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.securityir.SecurityIrClient;
import software.amazon.awssdk.services.securityir.model.GetMembershipResponse;
import software.amazon.awssdk.services.securityir.model.ResourceNotFoundException;

/**
 * Membership requests are validated against the model (lengths, patterns, the team's 2..10, the
 * 1..5 units per call, enums, booleans) plus the rules docs/emulator.md adds (undo false, a feature
 * twice, a unit added and removed at once); a refused request changes nothing and quotes no
 * sensitive value.
 */
class MembershipValidationTest {

  private SecurityIrEmulator emulator;
  private SecurityIrClient sir;

  @BeforeEach
  void start() throws Exception {
    emulator = SecurityIrEmulator.start(EmulatorOptions.defaults());
    sir = client(emulator);
  }

  @AfterEach
  void stop() {
    sir.close();
    emulator.close();
  }

  private String create() {
    return sir.createMembership(MembershipFixtures.request("token-1")).membershipId();
  }

  private GetMembershipResponse get(String id) {
    return sir.getMembership(b -> b.membershipId(id));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "incidentResponseTeam|{'membershipName':'Blue team','incidentResponseTeam':[%s]}",
        "membershipName|{'membershipName':'ab','incidentResponseTeam':[%s,%s]}",
        "incidentResponseTeam[0].email|{'membershipName':'Blue team','incidentResponseTeam':"
            + "[{'name':'Ana Lima','jobTitle':'Lead','email':'secret-not-an-email'},%s]}",
        "incidentResponseTeam[1].communicationPreferences[0]|{'membershipName':'Blue team',"
            + "'incidentResponseTeam':[%s,{'name':'Bo Chen','jobTitle':'x','email':'bo@example.com',"
            + "'communicationPreferences':['Case Lost']}]}",
        "optInFeatures[1].featureName|{'membershipName':'Blue team','incidentResponseTeam':[%s,%s],"
            + "'optInFeatures':[{'featureName':'Triage','isEnabled':true},"
            + "{'featureName':'Triage','isEnabled':false}]}",
        "coverEntireOrganization|{'membershipName':'Blue team','incidentResponseTeam':[%s,%s],"
            + "'coverEntireOrganization':'yes'}"
      })
  void createMembershipIsValidatedAgainstTheModel(String field, String body) throws Exception {
    String ana = "{'name':'Ana Lima','jobTitle':'Lead','email':'ana@example.com'}";
    String json = body.replace("%s", ana).replace('\'', '"');
    HttpResponse<String> r = signed(emulator, "POST", "/v1/membership", json);
    assertValidation(r, field);
    assertEquals(0, emulator.control().calls().stream().filter(c -> c.status() == 201).count());
  }

  @Test
  void elevenRespondersAreOneTooMany() throws Exception {
    StringBuilder team = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      team.append(i == 0 ? "" : ",")
          .append("{\"name\":\"Responder ")
          .append(i)
          .append("\",\"jobTitle\":\"x\",\"email\":\"r")
          .append(i)
          .append("@example.com\"}");
    }
    assertValidation(
        signed(
            emulator,
            "POST",
            "/v1/membership",
            "{\"membershipName\":\"Blue team\",\"incidentResponseTeam\":[" + team + "]}"),
        "incidentResponseTeam");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "undoMembershipCancellation|{'undoMembershipCancellation':false}",
        "membershipAccountsConfigurationsUpdate.organizationalUnitsToAdd|"
            + "{'membershipAccountsConfigurationsUpdate':{'organizationalUnitsToAdd':["
            + "'ou-ab12-aaaaaaa1','ou-ab12-aaaaaaa2','ou-ab12-aaaaaaa3','ou-ab12-aaaaaaa4',"
            + "'ou-ab12-aaaaaaa5','ou-ab12-aaaaaaa6']}}",
        "membershipAccountsConfigurationsUpdate.organizationalUnitsToRemove|"
            + "{'membershipAccountsConfigurationsUpdate':{'organizationalUnitsToRemove':[]}}",
        "membershipAccountsConfigurationsUpdate.organizationalUnitsToAdd[0]|"
            + "{'membershipAccountsConfigurationsUpdate':{'organizationalUnitsToAdd':['ou-x']}}",
        "membershipAccountsConfigurationsUpdate.organizationalUnitsToRemove|"
            + "{'membershipAccountsConfigurationsUpdate':{'organizationalUnitsToAdd':"
            + "['ou-ab12-aaaaaaa1'],'organizationalUnitsToRemove':['ou-ab12-aaaaaaa1']}}",
        "incidentResponseTeam[0].name|{'incidentResponseTeam':[{'name':'Al','jobTitle':'x',"
            + "'email':'al@example.com'},{'name':'Bo Chen','jobTitle':'x','email':'bo@example.com'}]}"
      })
  void updateMembershipIsValidatedAgainstTheModelAndChangesNothingWhenRefused(
      String field, String body) throws Exception {
    String id = create();
    GetMembershipResponse before = get(id);
    HttpResponse<String> r =
        signed(
            emulator,
            "PUT",
            "/v1/membership/" + id + "/update-membership",
            body.replace('\'', '"'));
    assertValidation(r, field);
    MembershipFixtures.assertSame(before, get(id), "a refused update changes nothing");
  }

  @Test
  void anUnknownOrMalformedMembershipIdIsNotFoundOrInvalid() throws Exception {
    assertThrows(
        ResourceNotFoundException.class,
        () -> sir.getMembership(b -> b.membershipId("m-0123456789")));
    assertThrows(
        ResourceNotFoundException.class,
        () -> sir.cancelMembership(b -> b.membershipId("m-0123456789")));
    assertValidation(signed(emulator, "GET", "/v1/membership/M-UPPERCASE12", null), "membershipId");
  }

  private static void assertValidation(HttpResponse<String> r, String field) {
    assertEquals(400, r.statusCode(), r.body());
    JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
    assertEquals("ValidationException", body.get("__type").getAsString());
    Set<String> names = new HashSet<>();
    body.getAsJsonArray("fieldList")
        .forEach(f -> names.add(f.getAsJsonObject().get("name").getAsString()));
    assertTrue(names.contains(field), field + " not in " + r.body());
    for (String secret : List.of("secret-not-an-email", "Ana Lima", "Blue team")) {
      assertFalse(r.body().contains(secret), r.body());
    }
  }
}
