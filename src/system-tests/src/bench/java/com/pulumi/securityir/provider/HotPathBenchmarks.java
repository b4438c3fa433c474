package com.pulumi.securityir.provider;

import com.google.protobuf.Struct;
import com.pulumi.securityir.core.gateway.CaseSnapshot;
import com.pulumi.securityir.core.lifecycle.CaseId;
import com.pulumi.securityir.core.lifecycle.GraphVariant;
import com.pulumi.securityir.core.lifecycle.LifecycleStatus;
import com.pulumi.securityir.core.lifecycle.ResolverType;
import com.pulumi.securityir.core.lifecycle.TransitionGraph;
import com.pulumi.securityir.core.plan.Plan;
import com.pulumi.securityir.core.plan.Planner;
import com.pulumi.securityir.core.resource.CaseStatusResource;
import com.pulumi.securityir.provider.casestatus.CaseStatusCodec;
import com.pulumi.securityir.provider.casestatus.CaseStatusInputs;
import com.pulumi.securityir.provider.casestatus.CaseStatusOutputs;
import com.pulumi.securityir.provider.resource.DescriptorRules;
import com.pulumi.securityir.provider.resource.Inputs;
import com.pulumi.securityir.provider.resource.PropertyMap;
import com.pulumi.securityir.provider.resource.PropertyValue;
import com.pulumi.securityir.provider.server.StructCodec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process work the plugin does per resource and RPC, without I/O: planning a path, decoding
 * the engine's property structs (with a secret envelope), validating declared inputs, and encoding
 * outputs, with the classes the server uses at its edge ({@link StructCodec}, {@link
 * CaseStatusCodec}). Each runs once or twice per Check/Diff/Update, so at 500 resources these must
 * stay in the microseconds for the plugin's part of a preview to be bound by round trips, not CPU.
 *
 * <p>Run by {@code bench/run} with the same JVM flags as the launcher ({@code
 * -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}): a plugin process lives for one engine operation, so
 * C1 code is what it runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
public class HotPathBenchmarks {

  private final CaseStatusCodec codec = new CaseStatusCodec();
  private Planner documented;
  private Planner extended;
  private Struct checkedInputs;
  private Struct oldOutputs;
  private CaseStatusInputs inputs;
  private CaseSnapshot snapshot;

  @Setup
  public void setUp() {
    documented = new Planner(TransitionGraph.of(GraphVariant.DOCUMENTED));
    extended = new Planner(TransitionGraph.of(GraphVariant.EXTENDED));
    checkedInputs =
        StructCodec.encode(
            new PropertyMap(
                Map.of(
                    "caseId", new PropertyValue.Text("8403556009", true),
                    "status", PropertyValue.text("Containment, Eradication and Recovery"),
                    "closeOnDelete", PropertyValue.flag(true))));
    CaseId caseId = CaseId.parse("8403556009").orElseThrow();
    snapshot =
        new CaseSnapshot(
            caseId,
            LifecycleStatus.SUBMITTED,
            ResolverType.SELF,
            "phishing",
            "arn:aws:security-ir:us-east-1:123456789012:case/8403556009");
    inputs =
        new CaseStatusInputs(
            caseId, LifecycleStatus.CONTAINMENT_ERADICATION_AND_RECOVERY, true, true, false);
    oldOutputs = encode(CaseStatusOutputs.of(inputs, snapshot, Optional.of(List.of())));
  }

  /** The longest documented path: Submitted to Post-incident Activities (self-managed). */
  @Benchmark
  public Plan planLongestDocumentedPath() {
    return documented.plan(
        LifecycleStatus.SUBMITTED, LifecycleStatus.POST_INCIDENT_ACTIVITIES, ResolverType.SELF);
  }

  /** A refusal (nothing leaves Closed) builds its message: the slow branch of the planner. */
  @Benchmark
  public Plan planRefusal() {
    return extended.plan(LifecycleStatus.CLOSED, LifecycleStatus.SUBMITTED, ResolverType.SELF);
  }

  /** What Check does with the engine's news: decode, validate, classify. */
  @Benchmark
  public Inputs<CaseStatusInputs> checkInputs() {
    PropertyMap news = StructCodec.decode(checkedInputs);
    if (!codec.validate(news).isEmpty()) {
      throw new IllegalStateException("valid inputs reported invalid");
    }
    return codec.decodeInputs(news);
  }

  /** What Diff decodes: the old outputs (with the secret title) and the checked news. */
  @Benchmark
  public int decodeDiffRequest() {
    return StructCodec.decode(oldOutputs).names().size()
        + StructCodec.decode(checkedInputs).names().size();
  }

  /** What Create/Update(preview) encodes: the planned outputs. */
  @Benchmark
  public Struct encodeOutputs() {
    return encode(
        CaseStatusOutputs.of(inputs, snapshot.withStatus(inputs.status()), Optional.empty()));
  }

  /** Outputs as the server sends them: the descriptor's secrets sealed, then protobuf. */
  private Struct encode(CaseStatusOutputs outputs) {
    return StructCodec.encode(
        DescriptorRules.sealOutputs(CaseStatusResource.DESCRIPTOR, codec.encodeOutputs(outputs)));
  }

  /** The wire size of a Diff request's structs (serialise and parse), as gRPC does. */
  @Benchmark
  public Struct protobufRoundTrip() throws com.google.protobuf.InvalidProtocolBufferException {
    return Struct.parseFrom(oldOutputs.toByteArray());
  }
}
