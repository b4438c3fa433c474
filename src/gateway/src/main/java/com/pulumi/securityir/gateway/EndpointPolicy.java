package com.pulumi.securityir.gateway;

import com.pulumi.securityir.core.text.OneLine;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for endpoint overrides, applied by {@link GatewayConfig#validate()} (so by the
 * provider's CheckConfig and the CLI's option checks) and by the gateway to an endpoint the SDK
 * found in the environment: an override must be {@code https://}, except that a loopback address
 * ({@code 127.0.0.0/8}, {@code localhost}, {@code [::1]}) may use {@code http://}. Signed requests
 * therefore never travel in clear text to another host.
 *
 * <p>The check is pure: it never resolves names (so {@code 127.0.0.1.evil.com} is a remote host,
 * not a loopback address), and the value it quotes back has any user-info part redacted.
 * Thread-safe.
 */
public final class EndpointPolicy {

  private static final Pattern IPV4 =
      Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})");
  private static final Pattern IPV6_LITERAL = Pattern.compile("\\[([0-9A-Fa-f:.]+)]");
  private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/?#]*@");

  /** Longer than any real endpoint; a longer value is not quoted whole. */
  private static final int URL_LIMIT = 200;

  private static final String EXAMPLE =
      "e.g. https://security-ir.us-east-1.api.aws, or http://127.0.0.1:<port> for a local emulator";

  private EndpointPolicy() {}

  /**
   * Checks an endpoint override.
   *
   * @param field the name of the setting as the user knows it (e.g. {@code endpoint}, {@code
   *     --endpoint}, {@code AWS_ENDPOINT_URL_SECURITY_IR}), quoted in the problem
   * @return empty when the endpoint is allowed, else the problem with the (redacted) value and fix
   */
  public static Optional<ConfigProblem> check(String field, String endpoint) {
    if (endpoint == null || endpoint.isBlank()) {
      return problem(
          field,
          endpoint == null ? "" : endpoint,
          "the endpoint is empty; leave it unset to use the region's AWS endpoint, or give a URL, "
              + EXAMPLE);
    }
    URI uri;
    try {
      uri = new URI(endpoint.strip());
    } catch (URISyntaxException e) {
      return problem(
          field, endpoint, "not a valid URL (" + e.getReason() + "); give one " + EXAMPLE);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return problem(
          field,
          endpoint,
          "the endpoint must start with https:// (http:// only for a loopback address); "
              + EXAMPLE);
    }
    if (uri.getRawUserInfo() != null) {
      return problem(
          field,
          endpoint,
          "remove the user-info part before '@': credentials never belong in an endpoint URL");
    }
    if (uri.getHost() == null) {
      return problem(field, endpoint, "the URL has no valid host name; give one " + EXAMPLE);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return problem(field, endpoint, "remove the '?' query or '#' fragment from the endpoint");
    }
    if (scheme.equals("http") && !isLoopbackHost(uri.getHost())) {
      return problem(
          field,
          endpoint,
          "http:// is allowed only for loopback addresses (127.0.0.0/8, localhost, [::1]) because"
              + " signed requests must not cross the network in clear text; use https://"
              + uri.getHost()
              + " instead");
    }
    return Optional.empty();
  }

  /**
   * True for {@code localhost}, an IPv4 literal in {@code 127.0.0.0/8} or the IPv6 loopback literal
   * (in brackets, as a URI host). Never performs a DNS lookup.
   */
  static boolean isLoopbackHost(String host) {
    if (host == null) {
      return false;
    }
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    Matcher v4 = IPV4.matcher(host);
    if (v4.matches()) {
      for (int i = 1; i <= 4; i++) {
        if (Integer.parseInt(v4.group(i)) > 255) {
          return false;
        }
      }
      return Integer.parseInt(v4.group(1)) == 127;
    }
    Matcher v6 = IPV6_LITERAL.matcher(host);
    if (v6.matches()) {
      try {
        // The pattern admits only hex digits, colons and dots, so this parses a literal and
        // never asks DNS.
        return InetAddress.getByName(v6.group(1)).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false;
  }

  /** The endpoint as it may be quoted in a message: user info redacted, one bounded line. */
  static String printable(String endpoint) {
    return OneLine.input(USER_INFO.matcher(endpoint).replaceAll("(redacted)@"), URL_LIMIT);
  }

  private static Optional<ConfigProblem> problem(String field, String endpoint, String fix) {
    return Optional.of(new ConfigProblem(field, printable(endpoint), fix));
  }
}
