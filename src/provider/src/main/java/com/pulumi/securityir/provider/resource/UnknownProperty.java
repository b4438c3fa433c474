package com.pulumi.securityir.provider.resource;

import com.pulumi.securityir.core.text.OneLine;
import com.pulumi.securityir.core.text.Suggestions;
import java.util.Collection;

/** The message for a property name the provider does not know. */
public final class UnknownProperty {

  private UnknownProperty() {}

  public static String message(String typed, Collection<String> known) {
    StringBuilder message =
        new StringBuilder("unknown property '").append(OneLine.input(typed)).append("'");
    Suggestions.closest(typed, known)
        .ifPresent(s -> message.append("; did you mean '").append(s).append("'?"));
    return message.append(" Valid properties: ").append(String.join(", ", known)).toString();
  }
}
