package com.pulumi.securityir.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running emulator: a real HTTP server bound to 127.0.0.1 only, speaking the Security IR
 * REST-JSON protocol (see {@code docs/emulator.md}) with the {@code /_emulator/} control plane
 * beside it. Requests are served by a bounded pool of 64 threads. Thread-safe; {@link #close()}
 * stops the server and is idempotent.
 */
public final class SecurityIrEmulator implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(SecurityIrEmulator.class.getName());
  // Simulated latency is slept on these threads, so they bound calls in flight: enough that a
  // client's own concurrency, not the emulator, limits throughput, as with the real service.
  private static final int THREADS = 64;
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final EmulatorControl control;
  private final URI endpoint;
  private boolean closed;

  private SecurityIrEmulator(
      HttpServer server, ThreadPoolExecutor executor, EmulatorControl control) {
    this.server = server;
    this.executor = executor;
    this.control = control;
    this.endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * Starts an emulator: loads the state file if it exists (else the seed file), binds 127.0.0.1,
   * and serves until closed.
   *
   * @throws EmulatorStartException when an option, the seed file or the state file is unusable or
   *     the port cannot be bound; nothing is left running then
   */
  public static SecurityIrEmulator start(EmulatorOptions options) throws EmulatorStartException {
    List<String> problems = new ArrayList<>(options.problems());
    if (!problems.isEmpty()) {
      throw new EmulatorStartException(problems, null);
    }
    AccountStore store =
        new AccountStore(Clock.systemUTC(), new SecureRandom(), options.stateFile());
    FaultInjector faults = new FaultInjector();
    CallLog calls = new CallLog();
    EmulatorControl control =
        new EmulatorControl(store, options.transitionGraph(), options.region(), faults, calls);
    if (store.hasStateFile()) {
      problems.addAll(store.load());
    } else if (options.seedFile() != null) {
      SeedFile.Result seeds = SeedFile.read(options.seedFile());
      problems.addAll(seeds.problems());
      if (problems.isEmpty()) {
        for (int i = 0; i < seeds.seeds().size(); i++) {
          ControlResult<String> r = control.seedCase(seeds.seeds().get(i));
          if (r instanceof ControlResult.Rejected<String> rej) {
            problems.add(
                "seed file "
                    + options.seedFile().getFileName()
                    + " entry "
                    + (i + 1)
                    + ": "
                    + rej.message());
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new EmulatorStartException(problems, null);
    }
    // The JDK server writes headers and body in two segments; with Nagle's algorithm a keep-alive
    // client then
    // waits ~40 ms for a delayed ACK on every answer. The server reads this flag once, when it
    // first loads.
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    RateLimiter limiter =
        options.rateLimitRps() > 0
            ? new RateLimiter(options.rateLimitRps(), System::nanoTime)
            : null;

    HttpServer server;
    try {
      InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
      server = HttpServer.create(new InetSocketAddress(loopback, options.port()), 128);
    } catch (IOException e) {
      throw new EmulatorStartException(
          List.of(
              "Cannot listen on 127.0.0.1:"
                  + options.port()
                  + " ("
                  + e.getMessage()
                  + "); choose another --port or 0 for any free port"),
          e);
    }
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1024),
            r -> {
              Thread t = new Thread(r, "securityir-emulator-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    server.setExecutor(executor);
    ServiceApi api = new ServiceApi(store, options.transitionGraph(), options.region());
    server.createContext("/", new ApiHandler(api, faults, calls, limiter, options.latencyMs()));
    server.createContext("/_emulator/", new ControlPlaneHandler(control));
    server.start();
    SecurityIrEmulator emulator = new SecurityIrEmulator(server, executor, control);
    LOG.log(
        System.Logger.Level.INFO,
        "Security IR emulator listening on "
            + emulator.endpoint()
            + " ("
            + store.size()
            + " cases, "
            + store.memberships().size()
            + " memberships, transition graph "
            + options.transitionGraph().cliName()
            + ")");
    return emulator;
  }

  /** The base URI, {@code http://127.0.0.1:<port>}, for {@code endpointOverride}. */
  public URI endpoint() {
    return endpoint;
  }

  /** The bound port. */
  public int port() {
    return endpoint.getPort();
  }

  /** Seeding, moves, faults and the call log, in-process. */
  public EmulatorControl control() {
    return control;
  }

  /** Stops accepting connections, ends in-flight exchanges and the worker threads. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    LOG.log(System.Logger.Level.INFO, "Security IR emulator on " + endpoint + " stopped");
  }
}
