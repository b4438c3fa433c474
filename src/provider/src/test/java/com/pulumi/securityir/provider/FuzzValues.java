package com.pulumi.securityir.provider;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.provider.server.StructCodec;
import com.pulumi.securityir.provider.testing.Values;
import java.util.List;
import java.util.Random;

/**
 * Random property values as the engine might send them, and some it never should: every JSON kind,
 * unknown sentinels, secret envelopes (well-formed, malformed, nested), near-miss case ids and
 * statuses, path traversal, odd Unicode and huge strings. Each input carries a fresh canary that
 * appears only inside secret envelopes, so a test can search every answer for it.
 */
final class FuzzValues {

  static final String SIG = StructCodec.SIGNATURE_KEY;
  static final List<String> RESOURCE_KEYS = List.of("caseId", "status", "closeOnDelete");
  static final List<String> SENTINELS =
      List.of(
          "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
          "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
          "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
          "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
          "dd056dcd-154b-4c76-9bd3-c8f88648b5ff");
  private static final List<String> STATUSES =
      List.of(
          "Submitted",
          "Acknowledged",
          "Detection and Analysis",
          "Containment, Eradication and Recovery",
          "containment, eradication, and recovery",
          "Post-incident Activities",
          "  post-INCIDENT   activities ",
          "Ready to Close",
          "Closed",
          "closd",
          "Contaiment",
          "Open");
  private static final List<String> ODD =
      List.of(
          "",
          " ",
          "\n",
          "\u0000",
          "../../../etc/passwd",
          "..%2F..%2Fcases",
          "8403556009/../1234567890",
          "8403556009%2F1234567890",
          "８４０３５５６００９００",
          "٨٤٠٣٥٥٦٠٠٩",
          "8403556009\u2028",
          "\uD800",
          "🙂🙂🙂",
          "null",
          "true",
          "1e400",
          "${jndi:ldap://x}",
          "'; DROP TABLE cases; --",
          "http://example.com",
          "https://user:pw@example.com",
          "http://127.0.0.1.evil.com",
          "http://[::1]:8080",
          "https://security-ir.us-east-1.api.aws",
          "http://localhost:1",
          "us-east-1",
          "moon-base-1",
          "documented",
          "extended",
          "fancy");

  private FuzzValues() {}

  /** One generated request body and the canary hidden in its secrets. */
  record Input(Struct news, String canary) {
    @Override
    public String toString() {
      // Shown on failure; protobuf's text format keeps odd characters readable.
      return "Input[canary=" + canary + ", news=" + news + "]";
    }
  }

  static Input input(Random random, List<String> likelyKeys) {
    String canary = "cnry" + Long.toString(Math.abs(random.nextLong()), 36);
    Struct.Builder news = Struct.newBuilder();
    int keys = random.nextInt(7);
    for (int i = 0; i < keys; i++) {
      news.putFields(key(random, likelyKeys), value(random, canary, 2));
    }
    return new Input(news.build(), canary);
  }

  private static String key(Random random, List<String> likelyKeys) {
    int pick = random.nextInt(10);
    if (pick < 6) {
      return likelyKeys.get(random.nextInt(likelyKeys.size()));
    }
    return switch (pick) {
      case 6 ->
          List.of("__defaults", "version", "pluginDownloadURL", "caseid", "statsu", "regoin")
              .get(random.nextInt(6));
      case 7 -> randomString(random, 12);
      case 8 -> ODD.get(random.nextInt(ODD.size()));
      default -> "k".repeat(1 + random.nextInt(5000));
    };
  }

  static Value value(Random random, String canary, int depth) {
    int pick = random.nextInt(depth > 0 ? 16 : 12);
    return switch (pick) {
      case 0 -> string(digits(random, random.nextInt(40)));
      case 1 -> string(digits(random, 10 + random.nextInt(23)));
      case 2 -> string(STATUSES.get(random.nextInt(STATUSES.size())));
      case 3 -> string(ODD.get(random.nextInt(ODD.size())));
      case 4 -> string(SENTINELS.get(random.nextInt(SENTINELS.size())));
      case 5 -> string(randomString(random, 40));
      case 6 -> string(huge(random));
      case 7 -> Value.newBuilder().setNumberValue(number(random)).build();
      case 8 -> Value.newBuilder().setBoolValue(random.nextBoolean()).build();
      case 9 -> Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
      case 10, 11 -> secret(random, canary, depth);
      case 12 -> {
        ListValue.Builder list = ListValue.newBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.addValues(value(random, canary, depth - 1));
        }
        yield Value.newBuilder().setListValue(list).build();
      }
      case 13 -> {
        Struct.Builder struct = Struct.newBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
          struct.putFields(randomString(random, 8), value(random, canary, depth - 1));
        }
        yield Value.newBuilder().setStructValue(struct).build();
      }
      case 14 ->
          // Malformed envelopes: wrong signature, no value, or a nested secret.
          Value.newBuilder()
              .setStructValue(
                  random.nextBoolean()
                      ? Struct.newBuilder()
                          .putFields(
                              SIG,
                              string(
                                  random.nextBoolean()
                                      ? "bogus"
                                      : "1b47061264138c4ac30d75fd1eb44270"))
                      : Struct.newBuilder()
                          .putFields(SIG, string("1b47061264138c4ac30d75fd1eb44270"))
                          .putFields("value", secret(random, canary, depth - 1)))
              .build();
      default -> Value.getDefaultInstance();
    };
  }

  /** A secret envelope whose payload is usually a canary-bearing value. */
  static Value secret(Random random, String canary, int depth) {
    Value payload =
        switch (random.nextInt(9)) {
          case 0 -> string(canary);
          case 1 -> string("http://" + canary + ".example.com");
          case 2 -> string("https://" + canary + ".example.com:99999/x?y#z");
          case 3 -> string(canary + "-east-1");
          case 4 -> string(" " + canary + " ");
          case 5 -> string("AKIA" + canary.toUpperCase(java.util.Locale.ROOT));
          case 6 -> string("Contain" + canary);
          case 7 -> string("8403556009" + canary);
          default -> value(random, canary, Math.max(0, depth - 1));
        };
    return Values.secret(payload);
  }

  private static Value string(String s) {
    return Value.newBuilder().setStringValue(s).build();
  }

  private static String digits(Random random, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return random.nextInt(5) == 0 ? "  " + s + "\t" : s.toString();
  }

  private static String randomString(Random random, int maxLength) {
    int n = random.nextInt(maxLength + 1);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(4);
      int cp =
          switch (kind) {
            case 0 -> 0x20 + random.nextInt(0x5f);
            case 1 -> random.nextInt(0x20);
            case 2 -> 0xa0 + random.nextInt(0x2000);
            default -> 0x1f300 + random.nextInt(0x200);
          };
      s.appendCodePoint(cp);
    }
    return s.toString();
  }

  private static String huge(Random random) {
    String unit =
        List.of("9", "a", "Detection and Analysis ", "\u0000", "é", "../").get(random.nextInt(6));
    return unit.repeat(1 + random.nextInt(50_000 / unit.length()));
  }

  private static double number(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> Double.NaN;
      case 1 -> random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      case 2 -> 8403556009.0;
      case 3 -> random.nextInt(20) - 5;
      case 4 -> random.nextDouble() * 10;
      default -> random.nextLong();
    };
  }

  /** True if {@code canary} occurs in a string of {@code value} outside any secret envelope. */
  static boolean leaksOutsideSecrets(Value value, String canary) {
    return switch (value.getKindCase()) {
      case STRING_VALUE -> value.getStringValue().contains(canary);
      case LIST_VALUE ->
          value.getListValue().getValuesList().stream()
              .anyMatch(v -> leaksOutsideSecrets(v, canary));
      case STRUCT_VALUE -> {
        Struct s = value.getStructValue();
        Value sig = s.getFieldsMap().get(SIG);
        if (sig != null && "1b47061264138c4ac30d75fd1eb44270".equals(sig.getStringValue())) {
          yield false;
        }
        yield s.getFieldsMap().entrySet().stream()
            .anyMatch(
                e -> e.getKey().contains(canary) || leaksOutsideSecrets(e.getValue(), canary));
      }
      default -> false;
    };
  }
}
