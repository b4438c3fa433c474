package com.pulumi.securityir.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unsigned {@code /_emulator/} control plane (JSON in and out). It reads the input ({@link
 * ControlInput}), then calls the same {@link EmulatorControl} methods in-process callers use. Bad
 * input answers 400 with a message naming the field and the fix. Thread-safe.
 */
final class ControlPlaneHandler implements HttpHandler {

  private static final Pattern CASE_STATUS = Pattern.compile("^/_emulator/cases/([^/]+)/status$");
  private static final Pattern TERMINATE =
      Pattern.compile("^/_emulator/memberships/([^/]+)/terminate$");
  private static final String ENDPOINTS =
      "GET /_emulator/health, POST /_emulator/cases, PUT /_emulator/cases/{caseId}/status, "
          + "POST /_emulator/memberships/{membershipId}/terminate, POST|DELETE /_emulator/faults, "
          + "GET|DELETE /_emulator/calls";

  private final EmulatorControl control;

  ControlPlaneHandler(EmulatorControl control) {
    this.control = control;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getPath();
    String body = HttpIo.readBody(ex);
    if (body == null) {
      message(ex, 400, "Body too large: send at most " + HttpIo.MAX_BODY + " bytes");
      return;
    }
    Matcher status = CASE_STATUS.matcher(path);
    Matcher terminate = TERMINATE.matcher(path);
    if (path.equals("/_emulator/health")) {
      if (expect(ex, method, "GET")) {
        JsonObject o = new JsonObject();
        o.addProperty("status", "ok");
        o.addProperty("cases", control.caseCount());
        o.addProperty("memberships", control.membershipCount());
        HttpIo.sendJson(ex, 200, o);
      }
    } else if (path.equals("/_emulator/cases")) {
      if (expect(ex, method, "POST")) {
        answer(
            ex, 201, then(ControlInput.seed(body), control::seedCase), id -> object("caseId", id));
      }
    } else if (status.matches()) {
      if (expect(ex, method, "PUT")) {
        String caseId = status.group(1);
        answer(
            ex,
            200,
            then(ControlInput.move(body), target -> control.moveCase(caseId, target)),
            moved -> {
              JsonObject o = object("caseId", caseId);
              o.addProperty("caseStatus", moved.wire());
              return o;
            });
      }
    } else if (terminate.matches()) {
      if (expect(ex, method, "POST")) {
        String membershipId = terminate.group(1);
        answer(
            ex,
            200,
            control.terminateMembership(membershipId),
            terminated -> {
              JsonObject o = object("membershipId", membershipId);
              o.addProperty("membershipStatus", terminated.wire());
              return o;
            });
      }
    } else if (path.equals("/_emulator/faults")) {
      if (method.equals("POST")) {
        answer(
            ex,
            201,
            then(ControlInput.fault(body), control::injectFault),
            spec -> {
              JsonObject o = new JsonObject();
              o.addProperty("accepted", true);
              return o;
            });
      } else if (expect(ex, method, "DELETE")) {
        cleared(ex, control.clearFaults());
      }
    } else if (path.equals("/_emulator/calls")) {
      if (method.equals("GET")) {
        JsonArray a = new JsonArray();
        for (CallRecord c : control.calls()) {
          JsonObject o = object("operation", c.operation());
          o.addProperty("caseId", c.caseId());
          o.addProperty("status", c.status());
          if (c.membershipId() != null) {
            o.addProperty("membershipId", c.membershipId());
          }
          a.add(o);
        }
        HttpIo.sendJson(ex, 200, a);
      } else if (expect(ex, method, "DELETE")) {
        cleared(ex, control.clearCalls());
      }
    } else {
      message(
          ex,
          404,
          "No control-plane endpoint " + method + " " + path + "; available: " + ENDPOINTS);
    }
  }

  /** The action on the input, unless the input was already rejected. */
  private static <I, O> ControlResult<O> then(
      ControlResult<I> input, Function<I, ControlResult<O>> action) {
    if (input instanceof ControlResult.Ok<I> ok) {
      return action.apply(ok.value());
    }
    ControlResult.Rejected<I> r = (ControlResult.Rejected<I>) input;
    return new ControlResult.Rejected<>(r.httpStatus(), r.message());
  }

  private static <T> void answer(
      HttpExchange ex, int okStatus, ControlResult<T> result, Function<T, JsonObject> render)
      throws IOException {
    if (result instanceof ControlResult.Ok<T> ok) {
      HttpIo.sendJson(ex, okStatus, render.apply(ok.value()));
    } else {
      ControlResult.Rejected<T> r = (ControlResult.Rejected<T>) result;
      message(ex, r.httpStatus(), r.message());
    }
  }

  private static boolean expect(HttpExchange ex, String method, String allowed) throws IOException {
    if (method.equals(allowed)) {
      return true;
    }
    ex.getResponseHeaders().set("Allow", allowed);
    message(
        ex, 405, method + " is not supported here; use " + allowed + ". Endpoints: " + ENDPOINTS);
    return false;
  }

  private static void cleared(HttpExchange ex, int n) throws IOException {
    JsonObject o = new JsonObject();
    o.addProperty("cleared", n);
    HttpIo.sendJson(ex, 200, o);
  }

  private static void message(HttpExchange ex, int status, String text) throws IOException {
    HttpIo.sendJson(ex, status, object("message", text));
  }

  private static JsonObject object(String name, String value) {
    JsonObject o = new JsonObject();
    o.addProperty(name, value);
    return o;
  }
}
