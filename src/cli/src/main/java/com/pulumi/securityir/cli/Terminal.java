package com.pulumi.securityir.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Optional;

/** Whether a person is at a terminal, and what they type there. */
interface Terminal {

  /**
   * True when both input and output are a terminal, so a prompt can be answered and a bar redrawn.
   */
  boolean interactive();

  /** One line typed by the person, or empty when input ended. */
  Optional<String> readLine();

  /** The JVM's console: interactive exactly when stdin and stdout are both terminals. */
  static Terminal system() {
    Console console = System.console();
    boolean interactive = isTerminal(console);
    return new Terminal() {
      @Override
      public boolean interactive() {
        return interactive;
      }

      @Override
      public Optional<String> readLine() {
        return interactive ? Optional.ofNullable(console.readLine()) : Optional.empty();
      }
    };
  }

  /**
   * Up to Java 21 a console exists only when stdin and stdout are terminals; from Java 22 one may
   * exist anyway, and {@code Console.isTerminal()} (absent in 17, hence the reflective call) says
   * which it is.
   */
  private static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
