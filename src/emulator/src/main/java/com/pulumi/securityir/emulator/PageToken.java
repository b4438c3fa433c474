package com.pulumi.securityir.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The {@code nextToken} of a paged list: the offset of the next item, opaque to clients (URL-safe
 * base64 of {@code offset:N}). Stateless, so a token stays valid across restarts.
 */
final class PageToken {

  private static final String PREFIX = "offset:";
  private static final Pattern TEXT = Pattern.compile(PREFIX + "[0-9]{1,9}");

  private PageToken() {}

  static String encode(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  /** The offset a token names; empty when it is not a token this emulator made. */
  static OptionalInt decode(String token) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return OptionalInt.empty();
    }
    if (!TEXT.matcher(text).matches()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(text.substring(PREFIX.length())));
  }
}
