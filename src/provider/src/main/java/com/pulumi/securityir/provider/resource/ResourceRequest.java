package com.pulumi.securityir.provider.resource;

import com.pulumi.securityir.core.gateway.Deadline;
import java.util.Objects;
import java.util.Optional;

/**
 * One engine request to a resource handler, decoded: typed inputs ({@link Inputs}) and outputs
 * ({@code O}, empty when the recorded state is not one the handler's codec can read). The {@code
 * urn} names the resource's row for {@link EngineLog} messages.
 */
public sealed interface ResourceRequest {

  String urn();

  /**
   * Check: validate and normalise the declared inputs ({@code olds} is empty for a create).
   *
   * @param randomSeed the engine's random seed for this resource, hex-encoded; empty when the
   *     engine sent none (older engines)
   */
  record Check(String urn, PropertyMap olds, PropertyMap news, Optional<String> randomSeed)
      implements ResourceRequest {
    public Check {
      Objects.requireNonNull(urn, "urn");
      Objects.requireNonNull(olds, "olds");
      Objects.requireNonNull(news, "news");
      Objects.requireNonNull(randomSeed, "randomSeed");
    }

    /** A Check without a random seed. */
    public Check(String urn, PropertyMap olds, PropertyMap news) {
      this(urn, olds, news, Optional.empty());
    }
  }

  /**
   * Diff: what an update would change. During a refresh the engine inverts it: {@code olds} and
   * {@code oldInputs} are what Read returned, {@code news} the inputs recorded before.
   */
  record Diff<I, O>(
      String id, String urn, Optional<O> olds, Optional<Inputs<I>> oldInputs, Inputs<I> news)
      implements ResourceRequest {
    public Diff {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(urn, "urn");
      Objects.requireNonNull(olds, "olds");
      Objects.requireNonNull(oldInputs, "oldInputs");
      Objects.requireNonNull(news, "news");
    }
  }

  /** Create, or with {@code preview} what a create would return, changing nothing. */
  record Create<I>(String urn, Inputs<I> inputs, boolean preview, Deadline deadline)
      implements ResourceRequest {
    public Create {
      Objects.requireNonNull(urn, "urn");
      Objects.requireNonNull(inputs, "inputs");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /** Update in place, or with {@code preview} what an update would return, changing nothing. */
  record Update<I, O>(
      String id,
      String urn,
      Optional<O> olds,
      Optional<Inputs<I>> oldInputs,
      Inputs<I> news,
      boolean preview,
      Deadline deadline)
      implements ResourceRequest {
    public Update {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(urn, "urn");
      Objects.requireNonNull(olds, "olds");
      Objects.requireNonNull(oldInputs, "oldInputs");
      Objects.requireNonNull(news, "news");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /**
   * Read: a refresh (the recorded state is given) or, with {@code importing}, an import, where only
   * the id is known and the handler must also return inputs.
   */
  record Read<I, O>(
      String id, String urn, Optional<O> olds, Optional<Inputs<I>> oldInputs, boolean importing)
      implements ResourceRequest {
    public Read {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(urn, "urn");
      Objects.requireNonNull(olds, "olds");
      Objects.requireNonNull(oldInputs, "oldInputs");
    }
  }

  /** Delete: the resource leaves the program (or the stack is destroyed). */
  record Delete<I, O>(
      String id, String urn, Optional<O> olds, Optional<Inputs<I>> oldInputs, Deadline deadline)
      implements ResourceRequest {
    public Delete {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(urn, "urn");
      Objects.requireNonNull(olds, "olds");
      Objects.requireNonNull(oldInputs, "oldInputs");
      Objects.requireNonNull(deadline, "deadline");
    }
  }
}
