package com.pulumi.securityir.provider.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * URNs as pulumi-provider-protocol.md and the engine's recorded traffic spell them: {@code
 * urn:pulumi:STACK::PROJECT::[PARENT$]TYPE::NAME}.
 */
class ResourceUrnTest {

  static Stream<Arguments> urns() {
    return Stream.of(
        Arguments.of(
            "urn:pulumi:dev::cases::securityir:index:CaseStatus::phishing",
            Optional.of(
                new ResourceUrn("dev", "cases", "securityir:index:CaseStatus", "phishing"))),
        Arguments.of(
            "urn:pulumi:prod::incident-response::pulumi:pulumi:Stack$my:ir:Cases"
                + "$securityir:index:CaseStatus::host-7",
            Optional.of(
                new ResourceUrn(
                    "prod",
                    "incident-response",
                    "pulumi:pulumi:Stack$my:ir:Cases$securityir:index:CaseStatus",
                    "host-7"))),
        Arguments.of(
            "urn:pulumi:p-it-1::test::aws:s3/bucket:Bucket::name::with::colons",
            Optional.of(
                new ResourceUrn("p-it-1", "test", "aws:s3/bucket:Bucket", "name::with::colons"))),
        Arguments.of("urn:pulumi:dev::cases::securityir:index:CaseStatus", Optional.empty()),
        Arguments.of("dev::cases::securityir:index:CaseStatus::c", Optional.empty()),
        Arguments.of("", Optional.empty()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("urns")
  void parsesTheStackProjectTypeAndName(String urn, Optional<ResourceUrn> expected) {
    assertEquals(expected, ResourceUrn.parse(urn));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("urns")
  void theTypeIsTheLastOfTheQualifiedTypes(String urn, Optional<ResourceUrn> expected) {
    String type = urn.contains("aws:s3") ? "aws:s3/bucket:Bucket" : "securityir:index:CaseStatus";
    assertEquals(expected.map(u -> type), ResourceUrn.parse(urn).map(ResourceUrn::type));
  }
}
