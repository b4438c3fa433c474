package com.pulumi.securityir.provider.resource;

import java.util.List;
import java.util.Optional;

/**
 * Translates one resource's decoded properties to its typed inputs and outputs and back, by the
 * resource's descriptor. The server applies it to every request and answer, so a handler sees only
 * {@code I} and {@code O}. Implementations are stateless and thread-safe, and never throw for what
 * the engine sends: bad input is a problem, an unreadable recorded state is empty.
 *
 * @param <I> the resource's typed inputs
 * @param <O> the resource's typed outputs
 */
public interface PropertyCodec<I, O> {

  /** Every problem of these declared inputs; unknown values are not problems. */
  List<PropertyProblem> validate(PropertyMap news);

  /** Reads inputs: {@link Inputs.Known} when every value is known and valid. Never throws. */
  Inputs<I> decodeInputs(PropertyMap inputs);

  /** The valid inputs as the engine should record them (canonical spellings), secrets kept. */
  default PropertyMap canonicalInputs(PropertyMap news) {
    return news;
  }

  /** Inputs as the engine records them (an import returns them). */
  PropertyMap encodeInputs(I inputs);

  /** Outputs as the engine records them; always-secret outputs may be left plain here. */
  PropertyMap encodeOutputs(O outputs);

  /** Reads a recorded state; empty when it is not one this codec wrote. Never throws. */
  Optional<O> decodeOutputs(PropertyMap state);
}
