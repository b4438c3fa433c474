package com.pulumi.securityir.provider.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.provider.casestatus.CaseStatusHandler;
import com.pulumi.securityir.provider.config.ProviderConfig;
import com.pulumi.securityir.provider.resource.ResourceRequest;
import com.pulumi.securityir.provider.testing.InProcessRpc;
import com.pulumi.securityir.provider.testing.InProcessRpc.Answer;
import com.pulumi.securityir.provider.testing.RecordingEngineLog;
import com.pulumi.securityir.provider.testing.Values;
import io.grpc.Status;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.PropertyDiff;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;

/**
 * The server dispatches every resource RPC by type token: to the handler registered for it, never
 * to another, and an unknown type is a clear INVALID_ARGUMENT. A second resource with only Create
 * and Update written gets the defaults of the optional operations.
 */
class ProviderServerDispatchTest {

  private static final String NOTE_URN = "urn:pulumi:dev::cases::test:index:Note::n";

  private final NoteHandler notes = new NoteHandler();
  private final RecordingEngineLog log = new RecordingEngineLog();
  private final ProviderConfig config =
      new ProviderConfig(configuration -> Parsed.failure("not in this test"));
  private final CancelSwitch cancel = new CancelSwitch();
  private final ProviderServer server =
      new ProviderServer(
          config,
          new ResourceRegistry(
              List.of(new CaseStatusHandler(config, log, cancel), notes), Clock.systemUTC()),
          cancel,
          () -> {});

  private <Q, R> Answer<R> call(BiConsumer<Q, io.grpc.stub.StreamObserver<R>> rpc, Q request) {
    return InProcessRpc.call(rpc, request, () -> {});
  }

  /** Every resource RPC, sent for a type nobody registered. */
  static Stream<String> resourceRpcs() {
    return Stream.of("Check", "Diff", "Create", "Update", "Read", "Delete");
  }

  private Answer<?> send(String rpc, String type, String urn) {
    Struct none = Struct.getDefaultInstance();
    return switch (rpc) {
      case "Check" ->
          call(
              server::check,
              CheckRequest.newBuilder().setType(type).setUrn(urn).setNews(none).build());
      case "Diff" -> call(server::diff, DiffRequest.newBuilder().setType(type).setUrn(urn).build());
      case "Create" ->
          call(server::create, CreateRequest.newBuilder().setType(type).setUrn(urn).build());
      case "Update" ->
          call(server::update, UpdateRequest.newBuilder().setType(type).setUrn(urn).build());
      case "Read" -> call(server::read, ReadRequest.newBuilder().setType(type).setUrn(urn).build());
      default -> call(server::delete, DeleteRequest.newBuilder().setType(type).setUrn(urn).build());
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resourceRpcs")
  void anUnknownTypeIsAClearInvalidArgumentNamingTheTypesOffered(String rpc) {
    Status status =
        send(rpc, "securityir:index:Cases", "urn:pulumi:dev::cases::securityir:index:Cases::x")
            .status()
            .orElseThrow();
    assertEquals(Status.Code.INVALID_ARGUMENT, status.getCode(), status::toString);
    assertEquals(
        "unknown resource type 'securityir:index:Cases': the securityir provider offers"
            + " securityir:index:CaseStatus, test:index:Note",
        status.getDescription());
    assertEquals(List.of(), notes.received, "no handler was asked");
  }

  @Test
  void withoutATypeTheUrnsTypeDecidesAndATypeNamedNowhereIsRefused() {
    Answer<CheckResponse> checked =
        call(
            server::check,
            CheckRequest.newBuilder()
                .setUrn(NOTE_URN)
                .setNews(Values.struct(Map.of("text", "hello")))
                .build());
    assertEquals(0, checked.orElseThrow().getFailuresCount(), checked::toString);

    Status none = send("Create", "", "not-a-urn").status().orElseThrow();
    assertEquals(Status.Code.INVALID_ARGUMENT, none.getCode());
    assertTrue(
        none.getDescription().startsWith("the request names no resource type"), none::toString);
  }

  @Test
  void aTypeWithAControlCharacterIsQuotedOnOneLine() {
    Status status = send("Check", "evil\ntype", "").status().orElseThrow();
    assertFalse(status.getDescription().contains("\n"), status::toString);
  }

  @Test
  void eachRequestReachesTheHandlerOfItsTypeAndTheCodecAtTheEdge() {
    CreateResponse created =
        call(
                server::create,
                CreateRequest.newBuilder()
                    .setType(NoteHandler.DESCRIPTOR.token())
                    .setUrn(NOTE_URN)
                    .setProperties(Values.struct(Map.of("text", "hello", "pinned", true)))
                    .build())
            .orElseThrow();
    assertEquals("note-hello", created.getId());
    assertTrue(Values.isSecret(created.getProperties(), "signature"), "secret by the descriptor");
    ResourceRequest.Create<?> request =
        assertInstanceOf(ResourceRequest.Create.class, notes.received.get(0));
    assertEquals(new NoteHandler.Note("hello", true), request.inputs().known().orElseThrow());
  }

  @Test
  void theDefaultDiffComparesInputsByTheDescriptor() {
    DiffResponse diff =
        call(
                server::diff,
                DiffRequest.newBuilder()
                    .setType(NoteHandler.DESCRIPTOR.token())
                    .setUrn(NOTE_URN)
                    .setId("note-a")
                    .setOlds(Values.struct(Map.of("text", "a", "pinned", false)))
                    .setOldInputs(Values.struct(Map.of("text", "a", "pinned", false)))
                    .setNews(Values.struct(Map.of("text", "b", "pinned", true)))
                    .build())
            .orElseThrow();
    assertEquals(DiffResponse.DiffChanges.DIFF_SOME, diff.getChanges());
    assertEquals(List.of("text"), diff.getReplacesList());
    assertEquals(
        Map.of(
            "text", PropertyDiff.newBuilder().setKind(PropertyDiff.Kind.UPDATE_REPLACE).build(),
            "pinned", PropertyDiff.newBuilder().setKind(PropertyDiff.Kind.UPDATE).build()),
        diff.getDetailedDiffMap());
    assertEquals(List.of("text", "pinned"), diff.getDiffsList());
  }

  @Test
  void theDefaultReadKeepsTheRecordedStateAndRefusesAnImport() {
    Struct state = Values.struct(Map.of("text", "a", "pinned", true, "signature", "signed a"));
    ReadResponse refreshed =
        call(
                server::read,
                ReadRequest.newBuilder()
                    .setType(NoteHandler.DESCRIPTOR.token())
                    .setUrn(NOTE_URN)
                    .setId("note-a")
                    .setProperties(state)
                    .build())
            .orElseThrow();
    assertEquals("note-a", refreshed.getId());
    assertEquals("a", Values.text(refreshed.getProperties(), "text").orElseThrow());
    assertFalse(refreshed.hasInputs(), "the recorded inputs stay");

    Status imported =
        call(
                server::read,
                ReadRequest.newBuilder()
                    .setType(NoteHandler.DESCRIPTOR.token())
                    .setUrn(NOTE_URN)
                    .setId("note-a")
                    .build())
            .status()
            .orElseThrow();
    assertEquals(Status.Code.INVALID_ARGUMENT, imported.getCode());
    assertEquals("test:index:Note resources cannot be imported", imported.getDescription());
  }

  @Test
  void theDefaultDeleteLeavesTheObjectAndAnswers() {
    Answer<?> deleted =
        call(
            server::delete,
            DeleteRequest.newBuilder()
                .setType(NoteHandler.DESCRIPTOR.token())
                .setUrn(NOTE_URN)
                .setId("note-a")
                .build());
    assertTrue(deleted.value().isPresent(), deleted::toString);
  }

  @Test
  void twoHandlersForOneTypeAreRefusedAtAssembly() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ResourceRegistry(List.of(notes, new NoteHandler()), Clock.systemUTC()));
    assertTrue(refused.getMessage().contains("test:index:Note"));
  }
}
