package com.pulumi.securityir.emulator;

import com.google.gson.JsonElement;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Reading bounded request bodies and writing JSON answers with exact lengths. */
final class HttpIo {
  /**
   * Larger than any valid request of the implemented operations (a comment is at most 12 000
   * characters).
   */
  static final int MAX_BODY = 1 << 20;

  private HttpIo() {}

  /** The body as UTF-8 text, or {@code null} when it is larger than {@link #MAX_BODY}. */
  static String readBody(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) != -1) {
        if (out.size() + n > MAX_BODY) {
          return null;
        }
        out.write(buf, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  /**
   * Sends {@code body} (or nothing for 204) with {@code Content-Type: application/json}, then
   * closes.
   */
  static void sendJson(HttpExchange ex, int status, JsonElement body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/json");
    if (status == 204 || body == null) {
      ex.sendResponseHeaders(status, -1);
      ex.close();
      return;
    }
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
