package com.pulumi.securityir.provider;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.securityir.core.BuildInfo;
import com.pulumi.securityir.core.gateway.CaseGatewayException;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.gateway.Deadline;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.Parsed;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.reconcile.ProgressEvent;
import com.pulumi.securityir.core.reconcile.ProgressListener;
import com.pulumi.securityir.core.reconcile.ReconcileOutcome;
import com.pulumi.securityir.core.reconcile.ReconcileRequest;
import com.pulumi.securityir.core.text.OneLine;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import pulumirpc.Plugin.PluginInfo;
import pulumirpc.Provider.CheckFailure;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.ConfigureResponse;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.Provider.GetSchemaResponse;
import pulumirpc.Provider.PropertyDiff;
import pulumirpc.Provider.ProviderHandshakeRequest;
import pulumirpc.Provider.ProviderHandshakeResponse;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;
import pulumirpc.ResourceProviderGrpc;

/**
 * The gRPC face of the {@code securityir} provider: translates each engine RPC into domain types,
 * asks the core, and translates the answer back. Holds no business rules of its own.
 *
 * <p>Thread-safe: the engine calls Create, Update, Read and Delete concurrently for independent
 * resources. Never throws out of an RPC: every failure completes the call with a gRPC status whose
 * description is safe to show (no secrets, no stack traces).
 */
final class CaseStatusProvider extends ResourceProviderGrpc.ResourceProviderImplBase {

  static final String RESOURCE_TYPE = "securityir:index:CaseStatus";

  private static final Logger LOG = Logger.getLogger(CaseStatusProvider.class.getName());

  private final ProviderServices.Factory servicesFactory;
  private final EngineLog engineLog;
  private final Clock clock;
  private final Runnable onCancel;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final AtomicReference<CompletableFuture<ProviderServices>> services =
      new AtomicReference<>();

  CaseStatusProvider(
      ProviderServices.Factory servicesFactory,
      EngineLog engineLog,
      Clock clock,
      Runnable onCancel) {
    this.servicesFactory = servicesFactory;
    this.engineLog = engineLog;
    this.clock = clock;
    this.onCancel = onCancel;
  }

  // ---- plugin-level RPCs -------------------------------------------------------------------

  @Override
  public void handshake(
      ProviderHandshakeRequest request, StreamObserver<ProviderHandshakeResponse> response) {
    answer(
        response,
        () ->
            ProviderHandshakeResponse.newBuilder()
                .setAcceptSecrets(true)
                .setAcceptResources(true)
                .setAcceptOutputs(false)
                .build());
  }

  @Override
  public void getPluginInfo(Empty request, StreamObserver<PluginInfo> response) {
    answer(response, () -> PluginInfo.newBuilder().setVersion(BuildInfo.version()).build());
  }

  @Override
  public void getSchema(GetSchemaRequest request, StreamObserver<GetSchemaResponse> response) {
    answer(response, () -> GetSchemaResponse.newBuilder().setSchema(PackageSchema.json()).build());
  }

  @Override
  public void checkConfig(CheckRequest request, StreamObserver<CheckResponse> response) {
    answer(
        response,
        () -> {
          Map<String, PropertyValue> news = PropertyValue.decode(request.getNews());
          return CheckResponse.newBuilder()
              .setInputs(request.getNews())
              .addAllFailures(failures(ProviderConfiguration.validate(news)))
              .build();
        });
  }

  @Override
  public void diffConfig(DiffRequest request, StreamObserver<DiffResponse> response) {
    answer(
        response,
        () -> {
          // Every key can change in place: a new endpoint or credentials need no replacement.
          List<String> changed = new ArrayList<>();
          for (String key : ProviderConfiguration.KEYS) {
            Value before = request.getOlds().getFieldsMap().get(key);
            Value after = request.getNews().getFieldsMap().get(key);
            if (!Objects.equals(before, after)) {
              changed.add(key);
            }
          }
          DiffResponse.Builder diff =
              DiffResponse.newBuilder()
                  .setChanges(
                      changed.isEmpty()
                          ? DiffResponse.DiffChanges.DIFF_NONE
                          : DiffResponse.DiffChanges.DIFF_SOME)
                  .addAllDiffs(changed)
                  .setHasDetailedDiff(true);
          changed.forEach(
              key ->
                  diff.putDetailedDiff(
                      key, PropertyDiff.newBuilder().setKind(PropertyDiff.Kind.UPDATE).build()));
          return diff.build();
        });
  }

  @Override
  public void configure(ConfigureRequest request, StreamObserver<ConfigureResponse> response) {
    answer(
        response,
        () -> {
          Map<String, PropertyValue> args = PropertyValue.decode(configurationArgs(request));
          List<PropertyProblem> problems = ProviderConfiguration.validate(args);
          if (!problems.isEmpty()) {
            throw Status.INVALID_ARGUMENT
                .withDescription(
                    "invalid securityir provider configuration: "
                        + String.join(
                            "; ",
                            problems.stream().map(p -> p.property() + ": " + p.reason()).toList()))
                .asRuntimeException();
          }
          if (!ProviderConfiguration.hasUnknowns(args)) {
            ProviderConfiguration configuration = ProviderConfiguration.from(args);
            // Building the SDK client takes a few hundred milliseconds: do it off the RPC thread,
            // so Check answers at once and only the first live read waits for it.
            services.set(
                CompletableFuture.supplyAsync(() -> servicesFactory.create(configuration)));
          }
          return ConfigureResponse.newBuilder()
              .setAcceptSecrets(true)
              .setAcceptResources(true)
              .setSupportsPreview(true)
              .setAcceptOutputs(false)
              .build();
        });
  }

  @Override
  public void cancel(Empty request, StreamObserver<Empty> response) {
    cancelled.set(true);
    answer(response, Empty::getDefaultInstance);
    onCancel.run();
  }

  // ---- resource RPCs -----------------------------------------------------------------------

  @Override
  public void check(CheckRequest request, StreamObserver<CheckResponse> response) {
    answer(
        response,
        () -> {
          requireCaseStatusType(request.getType(), request.getUrn());
          Map<String, PropertyValue> news = PropertyValue.decode(request.getNews());
          List<PropertyProblem> problems = CaseStatusInputs.validate(news);
          CheckResponse.Builder checked =
              CheckResponse.newBuilder().addAllFailures(failures(problems));
          if (problems.isEmpty()) {
            checked.setInputs(canonical(request.getNews(), news));
            CompletableFuture<ProviderServices> pending = services.get();
            if (pending != null
                && CaseStatusInputs.fromChecked(news)
                    instanceof CaseStatusInputs.Declared.Known known) {
              // Start the live read now, without waiting, so the Diff that follows finds it done.
              pending.thenAccept(s -> s.reads().prefetch(known.inputs().caseId()));
            }
          } else {
            checked.setInputs(request.getNews());
          }
          return checked.build();
        });
  }

  @Override
  public void diff(DiffRequest request, StreamObserver<DiffResponse> response) {
    answer(
        response,
        () -> {
          Map<String, PropertyValue> olds = PropertyValue.decode(request.getOlds());
          Map<String, PropertyValue> news = PropertyValue.decode(request.getNews());
          DiffBuilder diff = new DiffBuilder();
          CaseStatusInputs.Declared declared = CaseStatusInputs.fromChecked(news);
          Optional<String> oldCaseId = text(olds.get(CaseStatusInputs.CASE_ID));
          if (!(declared instanceof CaseStatusInputs.Declared.Known known)) {
            Optional<CaseId> newId = ((CaseStatusInputs.Declared.PartlyUnknown) declared).caseId();
            if (newId.isEmpty() || !oldCaseId.equals(newId.map(CaseId::value))) {
              diff.replace(CaseStatusInputs.CASE_ID);
            }
            diff.update(CaseStatusInputs.STATUS);
            return diff.build();
          }
          CaseStatusInputs inputs = known.inputs();
          if (!oldCaseId.equals(Optional.of(inputs.caseId().value()))) {
            return diff.replace(CaseStatusInputs.CASE_ID).build();
          }
          if (flag(olds, CaseStatusInputs.CLOSE_ON_DELETE) != inputs.closeOnDelete()) {
            diff.update(CaseStatusInputs.CLOSE_ON_DELETE);
          }
          Optional<String> recorded = text(olds.get(CaseStatusInputs.STATUS));
          boolean declaredChanged = !recorded.equals(Optional.of(inputs.status().wireName()));
          Optional<ProviderServices> live = configured();
          Optional<CaseSnapshot> alreadyRead = live.flatMap(l -> l.reads().peek(inputs.caseId()));
          if (declaredChanged && alreadyRead.isEmpty()) {
            // The answer is an update whatever the live status is, and the engine sends Check and
            // Diff one resource at a time: waiting for the read here would cost one serial round
            // trip per resource. The Update that follows (preview or not) plans from the live
            // status and reports a refusal there.
            return diff.update(CaseStatusInputs.STATUS).build();
          }
          if (live.isEmpty()) {
            // Configuration unknown during a preview, declared status unchanged: nothing to
            // compare.
            return diff.build();
          }
          CaseSnapshot actual =
              alreadyRead.orElseGet(() -> live.get().reads().get(inputs.caseId()));
          if (!pathFor(live.get(), actual, inputs).isNoOp()
              || !recorded.equals(Optional.of(actual.status().wireName()))) {
            diff.update(CaseStatusInputs.STATUS);
          }
          return diff.build();
        });
  }

  @Override
  public void create(CreateRequest request, StreamObserver<CreateResponse> response) {
    answer(
        response,
        () -> {
          Map<String, PropertyValue> news = PropertyValue.decode(request.getProperties());
          CaseStatusInputs.Declared declared = CaseStatusInputs.fromChecked(news);
          if (request.getPreview()) {
            Struct planned = previewOutputs(request.getUrn(), declared, news);
            return CreateResponse.newBuilder()
                .setId(declaredId(declared))
                .setProperties(planned)
                .build();
          }
          CaseStatusInputs inputs = requireKnown(declared);
          Struct outputs = apply(request.getUrn(), inputs, timeout(request.getTimeout()));
          return CreateResponse.newBuilder()
              .setId(inputs.caseId().value())
              .setProperties(outputs)
              .setRefreshBeforeUpdate(true)
              .build();
        });
  }

  @Override
  public void update(UpdateRequest request, StreamObserver<UpdateResponse> response) {
    answer(
        response,
        () -> {
          Map<String, PropertyValue> news = PropertyValue.decode(request.getNews());
          CaseStatusInputs.Declared declared = CaseStatusInputs.fromChecked(news);
          if (request.getPreview()) {
            return UpdateResponse.newBuilder()
                .setProperties(previewOutputs(request.getUrn(), declared, news))
                .build();
          }
          CaseStatusInputs inputs = requireKnown(declared);
          Struct outputs = apply(request.getUrn(), inputs, timeout(request.getTimeout()));
          return UpdateResponse.newBuilder()
              .setProperties(outputs)
              .setRefreshBeforeUpdate(true)
              .build();
        });
  }

  @Override
  public void read(ReadRequest request, StreamObserver<ReadResponse> response) {
    answer(
        response,
        () -> {
          if (!(CaseId.parse(request.getId()) instanceof Parsed.Success<CaseId> id)) {
            throw Status.INVALID_ARGUMENT
                .withDescription(
                    "cannot read CaseStatus with id '"
                        + OneLine.input(request.getId())
                        + "': the id of a CaseStatus resource is the case id, 10 to 32 digits,"
                        + " e.g. pulumi import securityir:index:CaseStatus my-case 8403556009")
                .asRuntimeException();
          }
          ProviderServices live = requireConfigured();
          CaseSnapshot snapshot;
          try {
            live.reads().forget(id.value());
            snapshot = live.reads().get(id.value());
          } catch (CaseGatewayException e) {
            if (e.kind() == CaseGatewayException.Kind.CASE_NOT_FOUND) {
              return ReadResponse.newBuilder().setId("").build();
            }
            throw e;
          }
          Map<String, PropertyValue> oldInputs = PropertyValue.decode(request.getInputs());
          Map<String, PropertyValue> oldProps = PropertyValue.decode(request.getProperties());
          boolean importing =
              !request.hasProperties() || request.getProperties().getFieldsCount() == 0;
          boolean closeOnDelete = flag(oldInputs, CaseStatusInputs.CLOSE_ON_DELETE);
          CaseStatusOutputs outputs =
              new CaseStatusOutputs(
                  snapshot,
                  closeOnDelete,
                  importing ? Optional.of(List.of()) : Optional.empty(),
                  isSecret(oldProps, CaseStatusInputs.CASE_ID),
                  isSecret(oldProps, CaseStatusInputs.STATUS));
          ReadResponse.Builder read =
              ReadResponse.newBuilder()
                  .setId(snapshot.caseId().value())
                  .setRefreshBeforeUpdate(true);
          if (importing) {
            read.setProperties(outputs.toStruct())
                .setInputs(
                    Struct.newBuilder()
                        .putFields(
                            CaseStatusInputs.CASE_ID,
                            PropertyValue.string(snapshot.caseId().value()))
                        .putFields(
                            CaseStatusInputs.STATUS,
                            PropertyValue.string(snapshot.status().wireName()))
                        .putFields(CaseStatusInputs.CLOSE_ON_DELETE, PropertyValue.bool(false)));
          } else {
            read.setProperties(outputs.toStructKeepingTransitions(request.getProperties()));
          }
          return read.build();
        });
  }

  @Override
  public void delete(DeleteRequest request, StreamObserver<Empty> response) {
    answer(
        response,
        () -> {
          Map<String, PropertyValue> olds =
              PropertyValue.decode(
                  request.hasOldInputs() ? request.getOldInputs() : request.getProperties());
          boolean closeOnDelete = flag(olds, CaseStatusInputs.CLOSE_ON_DELETE);
          if (!(CaseId.parse(request.getId()) instanceof Parsed.Success<CaseId> parsedId)) {
            throw Status.INVALID_ARGUMENT
                .withDescription(
                    "cannot delete CaseStatus with id '"
                        + OneLine.input(request.getId())
                        + "': not a case id")
                .asRuntimeException();
          }
          CaseId caseId = parsedId.value();
          String label =
              isSecret(PropertyValue.decode(request.getProperties()), CaseStatusInputs.CASE_ID)
                  ? "case [secret id]"
                  : "case " + caseId;
          if (!closeOnDelete) {
            Optional<String> status =
                text(PropertyValue.decode(request.getProperties()).get(CaseStatusInputs.STATUS));
            engineLog.info(
                request.getUrn(),
                label
                    + ": no longer managed by Pulumi; left unchanged in AWS"
                    + status.map(s -> " (last seen '" + s + "')").orElse("")
                    + ". Set closeOnDelete: true to close cases when they are removed.");
            return Empty.getDefaultInstance();
          }
          CaseStatusInputs inputs =
              new CaseStatusInputs(caseId, LifecycleStatus.CLOSED, true, false, false);
          ReconcileOutcome outcome =
              reconcile(request.getUrn(), inputs, timeout(request.getTimeout()), label);
          if (!(outcome instanceof ReconcileOutcome.Converged)) {
            throw Status.FAILED_PRECONDITION
                .withDescription(label + ": could not close on delete: " + describe(outcome))
                .asRuntimeException();
          }
          return Empty.getDefaultInstance();
        });
  }

  // ---- the walk ----------------------------------------------------------------------------

  /**
   * Reconciles a case and encodes the outcome: outputs when it converged, an error carrying the
   * reached state when it stopped part-way, a plain error when nothing changed.
   */
  private Struct apply(String urn, CaseStatusInputs inputs, Deadline deadline) {
    ReconcileOutcome outcome = reconcile(urn, inputs, deadline, inputs.caseLabel());
    if (outcome instanceof ReconcileOutcome.Converged converged) {
      return CaseStatusOutputs.of(inputs, converged.reached(), Optional.of(converged.applied()))
          .toStruct();
    }
    if (outcome instanceof ReconcileOutcome.Refused refused) {
      throw refusal(inputs, refused.refusal());
    }
    ReconcileOutcome.Stopped stopped = (ReconcileOutcome.Stopped) outcome;
    String reason = inputs.caseLabel() + ": " + describe(stopped);
    if (stopped.applied().isEmpty() || stopped.reached().isEmpty()) {
      throw Status.UNAVAILABLE.withDescription(reason).asRuntimeException();
    }
    Struct reached =
        CaseStatusOutputs.of(inputs, stopped.reached().get(), Optional.of(stopped.applied()))
            .toStruct();
    throw PartialFailure.of(inputs.caseId().value(), reached, reason);
  }

  private ReconcileOutcome reconcile(
      String urn, CaseStatusInputs inputs, Deadline deadline, String label) {
    ProviderServices live = requireConfigured();
    Optional<CaseSnapshot> known = Optional.empty();
    try {
      known = Optional.of(live.reads().get(inputs.caseId()));
    } catch (CaseGatewayException e) {
      // Leave the read to the reconciler, which reports its failure as an outcome.
    }
    ReconcileRequest request =
        new ReconcileRequest(inputs.caseId(), inputs.status(), known, deadline, cancelled::get);
    ProgressListener progress = event -> report(urn, label, event);
    ReconcileOutcome outcome = live.reconciler().reconcile(request, progress);
    reachedSnapshot(outcome)
        .ifPresentOrElse(live.reads()::remember, () -> live.reads().forget(inputs.caseId()));
    return outcome;
  }

  private static Optional<CaseSnapshot> reachedSnapshot(ReconcileOutcome outcome) {
    if (outcome instanceof ReconcileOutcome.Converged c) {
      return Optional.of(c.reached());
    }
    if (outcome instanceof ReconcileOutcome.Refused r) {
      return Optional.of(r.actual());
    }
    return ((ReconcileOutcome.Stopped) outcome).reached();
  }

  private void report(String urn, String label, ProgressEvent event) {
    if (event instanceof ProgressEvent.Planned planned
        && planned.plan() instanceof Plan.Path path
        && !path.isNoOp()) {
      engineLog.info(urn, label + ": " + path.describe());
    } else if (event instanceof ProgressEvent.StepStarted started) {
      engineLog.status(
          urn,
          label
              + ": step "
              + started.index()
              + "/"
              + started.total()
              + ": "
              + started.step().from().wireName()
              + " -> "
              + started.step().to().wireName()
              + " ("
              + started.step().operation().operationName()
              + ")");
    } else if (event instanceof ProgressEvent.StepApplied applied) {
      engineLog.info(
          urn,
          label
              + ": applied step "
              + applied.index()
              + "/"
              + applied.total()
              + ": "
              + applied.step().transition().from().wireName()
              + " -> "
              + applied.step().transition().to().wireName()
              + " ("
              + applied.step().transition().operation().operationName()
              + ")");
    } else if (event instanceof ProgressEvent.Replanned replanned) {
      engineLog.warning(
          urn,
          label
              + ": moved by someone else to '"
              + replanned.observed().wireName()
              + "' meanwhile; re-planned: "
              + (replanned.plan() instanceof Plan.Path p ? p.describe() : "no legal path"));
    }
  }

  private static String describe(ReconcileOutcome outcome) {
    if (outcome instanceof ReconcileOutcome.Refused refused) {
      return refused.refusal().message();
    }
    if (!(outcome instanceof ReconcileOutcome.Stopped stopped)) {
      return "converged";
    }
    StringBuilder text = new StringBuilder();
    String cause = stopped.cause().message();
    // Gateway messages end with a full stop; the sentences appended below bring their own.
    text.append(cause.endsWith(".") ? cause.substring(0, cause.length() - 1) : cause);
    stopped
        .reached()
        .ifPresentOrElse(
            reached ->
                text.append(". The case is in '")
                    .append(reached.status().wireName())
                    .append("' after ")
                    .append(stopped.applied().size())
                    .append(stopped.applied().size() == 1 ? " step" : " steps"),
            () -> text.append(". Nothing was changed"));
    if (!stopped.remaining().isEmpty()) {
      text.append("; remaining: ");
      text.append(
          String.join(
              ", ",
              stopped.remaining().stream()
                  .map(t -> t.from().wireName() + " -> " + t.to().wireName())
                  .toList()));
      text.append(". Run the update again to resume from the case's live status");
    }
    return text.toString();
  }

  // ---- preview -----------------------------------------------------------------------------

  /** Planned outputs for a preview: no mutating call, and no call at all with unknown inputs. */
  private Struct previewOutputs(
      String urn, CaseStatusInputs.Declared declared, Map<String, PropertyValue> news) {
    Optional<ProviderServices> live = configured();
    if (!(declared instanceof CaseStatusInputs.Declared.Known known) || live.isEmpty()) {
      return unknownOutputs(news);
    }
    CaseStatusInputs inputs = known.inputs();
    CaseSnapshot actual = live.get().reads().get(inputs.caseId());
    Plan.Path path = pathFor(live.get(), actual, inputs);
    if (!path.isNoOp()) {
      engineLog.info(urn, inputs.caseLabel() + ": " + path.describe());
    }
    return CaseStatusOutputs.of(inputs, actual.withStatus(inputs.status()), Optional.empty())
        .toStruct();
  }

  private static Struct unknownOutputs(Map<String, PropertyValue> news) {
    Struct.Builder out = Struct.newBuilder();
    for (String key :
        List.of(
            CaseStatusInputs.CASE_ID,
            CaseStatusInputs.STATUS,
            CaseStatusOutputs.RESOLVER_TYPE,
            CaseStatusOutputs.TITLE,
            CaseStatusOutputs.CASE_ARN)) {
      PropertyValue given = news.get(key);
      if (given instanceof PropertyValue.Text text) {
        Value value = PropertyValue.string(text.value());
        out.putFields(key, text.secret() ? PropertyValue.secretValue(value) : value);
      } else {
        out.putFields(key, PropertyValue.unknownString());
      }
    }
    PropertyValue close = news.get(CaseStatusInputs.CLOSE_ON_DELETE);
    out.putFields(
        CaseStatusInputs.CLOSE_ON_DELETE,
        close instanceof PropertyValue.Flag f
            ? PropertyValue.bool(f.value())
            : close == null ? PropertyValue.bool(false) : PropertyValue.unknownBool());
    out.putFields(CaseStatusOutputs.LAST_TRANSITIONS, PropertyValue.unknownList());
    return out.build();
  }

  /** The legal path from the case's live status, or the planner's refusal as the RPC's error. */
  private static Plan.Path pathFor(
      ProviderServices live, CaseSnapshot actual, CaseStatusInputs inputs) {
    Plan plan =
        live.reconciler().planner().plan(actual.status(), inputs.status(), actual.resolverType());
    if (plan instanceof Plan.Refusal refused) {
      throw refusal(inputs, refused);
    }
    return (Plan.Path) plan;
  }

  private static StatusRuntimeException refusal(CaseStatusInputs inputs, Plan.Refusal refusal) {
    return Status.FAILED_PRECONDITION
        .withDescription(inputs.caseLabel() + ": " + refusal.message())
        .asRuntimeException();
  }

  // ---- helpers -----------------------------------------------------------------------------

  /**
   * The services once Configure has run; empty before. A failure to build them (a configuration the
   * SDK cannot use) is rethrown as it was raised, so the RPC reports its reason.
   */
  private Optional<ProviderServices> configured() {
    CompletableFuture<ProviderServices> pending = services.get();
    if (pending == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(pending.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private ProviderServices requireConfigured() {
    return configured()
        .orElseThrow(
            () ->
                Status.FAILED_PRECONDITION
                    .withDescription(
                        "the securityir provider is not configured yet (its configuration is"
                            + " unknown until other resources are created); run the update"
                            + " again")
                    .asRuntimeException());
  }

  private static void requireCaseStatusType(String type, String urn) {
    String effective = type.isEmpty() ? typeFromUrn(urn) : type;
    if (!effective.isEmpty() && !RESOURCE_TYPE.equals(effective)) {
      throw Status.INVALID_ARGUMENT
          .withDescription(
              "unknown resource type '"
                  + effective
                  + "': the securityir provider offers only "
                  + RESOURCE_TYPE)
          .asRuntimeException();
    }
  }

  private static String typeFromUrn(String urn) {
    String[] parts = urn.split("::");
    if (parts.length < 4) {
      return "";
    }
    String qualified = parts[2];
    int last = qualified.lastIndexOf('$');
    return last >= 0 ? qualified.substring(last + 1) : qualified;
  }

  // Old engines send only the deprecated variables; reading them keeps those engines working.
  @SuppressWarnings("deprecation")
  private static Struct configurationArgs(ConfigureRequest request) {
    if (request.hasArgs()) {
      return request.getArgs();
    }
    // Engines that predate args send "securityir:config:<key>" variables as strings.
    Struct.Builder args = Struct.newBuilder();
    request
        .getVariablesMap()
        .forEach(
            (name, value) -> {
              String key = name.substring(name.lastIndexOf(':') + 1);
              args.putFields(key, ProviderConfiguration.variableValue(key, value));
            });
    return args.build();
  }

  /** Replaces the status with its canonical wire spelling, keeping any secret envelope. */
  private static Struct canonical(Struct raw, Map<String, PropertyValue> news) {
    Struct.Builder inputs = raw.toBuilder();
    if (news.get(CaseStatusInputs.STATUS) instanceof PropertyValue.Text text) {
      Value canonical =
          PropertyValue.string(LifecycleStatus.parse(text.value()).orElseThrow().wireName());
      inputs.putFields(
          CaseStatusInputs.STATUS,
          text.secret() ? PropertyValue.secretValue(canonical) : canonical);
    }
    if (news.get(CaseStatusInputs.CASE_ID) instanceof PropertyValue.Text text) {
      Value trimmed = PropertyValue.string(text.value().strip());
      inputs.putFields(
          CaseStatusInputs.CASE_ID, text.secret() ? PropertyValue.secretValue(trimmed) : trimmed);
    }
    return inputs.build();
  }

  private static CaseStatusInputs requireKnown(CaseStatusInputs.Declared declared) {
    if (declared instanceof CaseStatusInputs.Declared.Known known) {
      return known.inputs();
    }
    throw Status.INVALID_ARGUMENT
        .withDescription("caseId and status must be known to apply a CaseStatus")
        .asRuntimeException();
  }

  private static String declaredId(CaseStatusInputs.Declared declared) {
    if (declared instanceof CaseStatusInputs.Declared.Known known) {
      return known.inputs().caseId().value();
    }
    return ((CaseStatusInputs.Declared.PartlyUnknown) declared)
        .caseId()
        .map(CaseId::value)
        .orElse("");
  }

  private Deadline timeout(double seconds) {
    return seconds > 0
        ? Deadline.after(Duration.ofMillis((long) (seconds * 1000)), clock)
        : Deadline.none();
  }

  private static Optional<String> text(PropertyValue value) {
    return value instanceof PropertyValue.Text text ? Optional.of(text.value()) : Optional.empty();
  }

  private static boolean flag(Map<String, PropertyValue> values, String key) {
    return values.get(key) instanceof PropertyValue.Flag flag && flag.value();
  }

  private static boolean isSecret(Map<String, PropertyValue> values, String key) {
    PropertyValue value = values.get(key);
    return value != null && value.secret();
  }

  private static List<CheckFailure> failures(List<PropertyProblem> problems) {
    return problems.stream()
        .map(p -> CheckFailure.newBuilder().setProperty(p.property()).setReason(p.reason()).build())
        .toList();
  }

  /**
   * Completes an RPC with the answer, or with a status the engine can show. A gateway failure keeps
   * its message, which is written to be shown; anything unexpected is logged to stderr and reported
   * without internals.
   */
  private static <T> void answer(StreamObserver<T> response, Supplier<T> work) {
    try {
      response.onNext(work.get());
      response.onCompleted();
    } catch (StatusRuntimeException e) {
      response.onError(e);
    } catch (CaseGatewayException e) {
      response.onError(Status.UNAVAILABLE.withDescription(e.getMessage()).asRuntimeException());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "unexpected failure in the securityir provider", e);
      response.onError(
          Status.INTERNAL
              .withDescription(
                  "unexpected error in the securityir provider ("
                      + e.getClass().getSimpleName()
                      + "); see the plugin log with pulumi --logtostderr -v=9")
              .asRuntimeException());
    }
  }

  /** Accumulates the changed and replaced properties of a Diff. */
  private static final class DiffBuilder {
    private final DiffResponse.Builder response =
        DiffResponse.newBuilder().setHasDetailedDiff(true);
    private boolean changed;

    DiffBuilder update(String property) {
      return add(property, PropertyDiff.Kind.UPDATE);
    }

    DiffBuilder replace(String property) {
      response.addReplaces(property);
      return add(property, PropertyDiff.Kind.UPDATE_REPLACE);
    }

    private DiffBuilder add(String property, PropertyDiff.Kind kind) {
      if (!response.getDetailedDiffMap().containsKey(property)) {
        response.addDiffs(property);
        response.putDetailedDiff(property, PropertyDiff.newBuilder().setKind(kind).build());
      }
      changed = true;
      return this;
    }

    DiffResponse build() {
      return response
          .setChanges(
              changed ? DiffResponse.DiffChanges.DIFF_SOME : DiffResponse.DiffChanges.DIFF_NONE)
          .build();
    }
  }
}
