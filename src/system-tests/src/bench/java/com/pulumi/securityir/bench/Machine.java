package com.pulumi.securityir.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What a benchmark ran on: CPU count and model, RAM, JDK, and load (the machine is shared). */
final class Machine {

  private Machine() {}

  static String describe() {
    return "- CPUs (nproc): "
        + Runtime.getRuntime().availableProcessors()
        + "\n- CPU model: "
        + procField("/proc/cpuinfo", "model name").orElse("unknown")
        + "\n- RAM: "
        + procField("/proc/meminfo", "MemTotal")
            .map(
                kb ->
                    String.format(
                        "%.1f GiB", Long.parseLong(kb.replace("kB", "").strip()) / 1048576.0))
            .orElse("unknown")
        + "\n- JDK: "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + " ("
        + System.getProperty("java.home")
        + "), for the benchmark driver and, through JAVA_HOME, the plugin\n- OS: "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version");
  }

  /** The 1-minute load average, to judge how noisy a run was. */
  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static Optional<String> procField(String file, String field) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(line -> line.startsWith(field))
          .findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).strip());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Peak resident set size (VmHWM) of a live process, in MiB. */
  static double peakRssMiB(long pid) {
    return procField("/proc/" + pid + "/status", "VmHWM")
        .map(kb -> Long.parseLong(kb.replace("kB", "").strip()) / 1024.0)
        .orElseThrow(() -> new IllegalStateException("no VmHWM for process " + pid));
  }

  /**
   * CPU time (user and system) a live process has used so far, in seconds; less sensitive to the
   * other load on a shared machine than elapsed time. Linux counts it in ticks of 1/100 s.
   */
  static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // The command name (field 2) may hold spaces; fields 14 and 15 follow its closing ')'.
      String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(after[11]) + Long.parseLong(after[12])) / 100.0;
    } catch (IOException e) {
      throw new IllegalStateException("no CPU time for process " + pid, e);
    }
  }
}
