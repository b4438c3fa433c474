package com.pulumi.securityir.provider.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyProblem;
import com.pulumi.securityir.provider.server.StructCodec;
import com.pulumi.securityir.provider.testing.Values;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProviderConfigurationTest {

  private static final String CANARY = "canary-secret-3c1f";

  private static PropertyMap decode(Map<String, Value> fields) {
    return StructCodec.decode(Struct.newBuilder().putAllFields(fields).build());
  }

  private static Map<String, String> problems(Map<String, Value> fields) {
    return ProviderConfiguration.validate(decode(fields)).stream()
        .collect(
            Collectors.toMap(
                PropertyProblem::property, PropertyProblem::reason, (a, b) -> a + " | " + b));
  }

  @Test
  void acceptsAFullValidConfigurationAndMapsRetriesToAttempts() {
    Map<String, Value> fields = new HashMap<>();
    fields.put("region", Values.string("eu-west-2"));
    fields.put("endpoint", Values.string("http://127.0.0.1:8443"));
    fields.put("accessKey", Values.secret(Values.string("AKIAEXAMPLE000000000")));
    fields.put("secretKey", Values.secret(Values.string(CANARY)));
    fields.put("maxRetries", Value.newBuilder().setNumberValue(5).build());
    fields.put("transitionGraph", Values.string("Extended"));
    fields.put("version", Values.string("0.1.0"));
    assertEquals(List.of(), ProviderConfiguration.validate(decode(fields)));
    ProviderConfiguration configuration = ProviderConfiguration.from(decode(fields));
    assertEquals(6, configuration.gateway().maxAttempts());
    assertEquals(
        AwsProviderServices.READ_CONCURRENCY,
        configuration.gateway().maxConcurrency(),
        "the gateway's calls at once are bounded by the provider's own read concurrency");
    assertEquals(GraphVariant.EXTENDED, configuration.transitionGraph());
    assertFalse(configuration.toString().contains(CANARY), configuration::toString);
  }

  @Test
  void reportsEveryBadKeyInOnePassInProviderTerms() {
    Map<String, String> byKey =
        problems(
            Map.of(
                "endpoint", Values.string("http://10.0.0.1"),
                "secretKey", Values.secret(Values.string(CANARY)),
                "maxRetries", Values.string("many"),
                "transitionGraph", Values.string("fancy"),
                "regoin", Values.string("us-east-1"),
                "region", Value.newBuilder().setBoolValue(true).build()));
    assertTrue(byKey.get("endpoint").contains("https://"), byKey::toString);
    assertTrue(byKey.get("accessKey").contains("access key id"), byKey::toString);
    assertTrue(byKey.get("maxRetries").contains("0 to 9"), byKey::toString);
    assertTrue(byKey.get("transitionGraph").contains("'documented'"), byKey::toString);
    assertTrue(byKey.get("regoin").contains("did you mean 'region'"), byKey::toString);
    assertTrue(byKey.get("region").contains("must be a string"), byKey::toString);
    byKey.values().forEach(reason -> assertFalse(reason.contains(CANARY), reason));
    byKey.values().forEach(reason -> assertFalse(reason.contains("accessKeyId"), reason));
  }

  @Test
  void unknownValuesDuringPreviewAreNotProblems() {
    assertEquals(Map.of(), problems(Map.of("endpoint", Values.string(Values.UNKNOWN))));
  }
}
