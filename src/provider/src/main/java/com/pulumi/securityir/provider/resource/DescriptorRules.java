package com.pulumi.securityir.provider.resource;

import com.pulumi.securityir.core.resource.PropertyDescriptor;
import com.pulumi.securityir.core.resource.PropertyType;
import com.pulumi.securityir.core.resource.ResourceDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules every resource follows because of its descriptor: which input keys exist, which are
 * required, of which type, which outputs are always secret, what a preview shows for values not
 * known yet, and which changes replace. Stateless.
 */
public final class DescriptorRules {

  private DescriptorRules() {}

  /** What a resource says about its inputs in problems, beyond what the descriptor says. */
  public interface InputHints {
    /** What a missing required input is, e.g. {@code the numeric id of the case}. */
    String required(PropertyDescriptor input);

    /** Advice appended when {@code given} has the wrong type, starting with {@code ;}, or empty. */
    default String wrongType(PropertyDescriptor input, PropertyValue given) {
      return "";
    }
  }

  /**
   * The problems of the inputs' shape: keys the descriptor does not list ({@code __}-prefixed keys
   * belong to the engine), missing required inputs, values of the wrong type. Unknown values are
   * not problems. A value of the right type is not looked into: that is the resource's rule.
   */
  public static List<PropertyProblem> checkInputs(
      ResourceDescriptor descriptor, PropertyMap news, InputHints hints) {
    List<PropertyProblem> problems = new ArrayList<>();
    for (String key : news.names()) {
      if (descriptor.input(key).isEmpty() && !key.startsWith("__")) {
        problems.add(
            new PropertyProblem(key, UnknownProperty.message(key, descriptor.inputNames())));
      }
    }
    for (PropertyDescriptor input : descriptor.inputs()) {
      Optional<PropertyValue> given = news.get(input.name());
      if (given.isEmpty()) {
        if (input.required()) {
          problems.add(
              new PropertyProblem(
                  input.name(), input.name() + " is required: " + hints.required(input)));
        }
      } else if (!(given.get() instanceof PropertyValue.Unknown)
          && !given.get().hasType(input.type())) {
        problems.add(
            new PropertyProblem(
                input.name(),
                input.name()
                    + " must be "
                    + expected(input.type())
                    + ", got "
                    + given.get().describeType()
                    + hints.wrongType(input, given.get())));
      } else {
        ShapeRules.check(input.name(), input.shape(), given.get(), input.secret())
            .forEach(reason -> problems.add(new PropertyProblem(input.name(), reason)));
      }
    }
    return problems;
  }

  /**
   * {@code inputs} with every input the descriptor marks secret made secret, so the engine never
   * records a sensitive value in plain text, even when the program sent it plain.
   */
  public static PropertyMap sealInputs(ResourceDescriptor descriptor, PropertyMap inputs) {
    PropertyMap sealed = inputs;
    for (PropertyDescriptor input : descriptor.inputs()) {
      if (input.secret() && inputs.get(input.name()).isPresent()) {
        sealed = sealed.with(input.name(), inputs.get(input.name()).get().withSecret(true));
      }
    }
    return sealed;
  }

  /**
   * Outputs ready for the engine: the descriptor's always-secret outputs made secret.
   *
   * @throws IllegalStateException if a required output is missing or an output is not in the
   *     descriptor: a bug in the resource's codec, never the user's input
   */
  public static PropertyMap sealOutputs(ResourceDescriptor descriptor, PropertyMap outputs) {
    Map<String, PropertyValue> sealed = new LinkedHashMap<>();
    for (String name : outputs.names()) {
      PropertyDescriptor output =
          descriptor
              .output(name)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          descriptor.token() + " has no output '" + name + "'"));
      PropertyValue value = outputs.values().get(name);
      sealed.put(name, output.secret() ? value.withSecret(true) : value);
    }
    for (PropertyDescriptor output : descriptor.outputs()) {
      if (output.required() && !sealed.containsKey(output.name())) {
        throw new IllegalStateException(
            descriptor.token() + " left out its required output '" + output.name() + "'");
      }
    }
    return new PropertyMap(sealed);
  }

  /**
   * A preview's outputs when not every input is known: each output that is also a known input of
   * the right type shows that input (secret if it was), every other output is unknown.
   */
  public static PropertyMap placeholderOutputs(ResourceDescriptor descriptor, PropertyMap news) {
    Map<String, PropertyValue> outputs = new LinkedHashMap<>();
    for (PropertyDescriptor output : descriptor.outputs()) {
      Optional<PropertyValue> given =
          news.get(output.name())
              .filter(v -> !(v instanceof PropertyValue.Unknown) && v.hasType(output.type()));
      outputs.put(output.name(), given.orElseGet(() -> PropertyValue.unknown(output.type())));
    }
    return new PropertyMap(outputs);
  }

  /**
   * What changed between recorded and declared inputs, by the descriptor: an input added, removed
   * or changed in value (an unknown counts as changed; secrecy alone does not), replacing when the
   * descriptor says so.
   */
  public static DiffResult diffInputs(
      ResourceDescriptor descriptor, PropertyMap olds, PropertyMap news) {
    List<DiffResult.PropertyChange> changes = new ArrayList<>();
    for (PropertyDescriptor input : descriptor.inputs()) {
      Optional<PropertyValue> before = olds.get(input.name()).map(v -> v.withSecret(false));
      Optional<PropertyValue> after = news.get(input.name()).map(v -> v.withSecret(false));
      DiffResult.Kind kind;
      if (before.isEmpty() && after.isEmpty()) {
        continue;
      } else if (before.isEmpty()) {
        kind = DiffResult.Kind.ADD;
      } else if (after.isEmpty()) {
        kind = DiffResult.Kind.DELETE;
      } else if (!before.equals(after) || after.get() instanceof PropertyValue.Unknown) {
        kind = DiffResult.Kind.UPDATE;
      } else {
        continue;
      }
      changes.add(new DiffResult.PropertyChange(input.name(), kind, input.replaceOnChange()));
    }
    return new DiffResult(changes);
  }

  static String expected(PropertyType type) {
    return switch (type) {
      case STRING -> "a string";
      case BOOLEAN -> "true or false";
      case INTEGER -> "a whole number";
      case NUMBER -> "a number";
      case ARRAY -> "a list";
      case OBJECT -> "an object";
    };
  }
}
