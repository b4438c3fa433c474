package com.pulumi.securityir.cli;

import com.pulumi.securityir.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code securityir} command. It only groups subcommands; each lives in its own class and is registered in
 * {@code subcommands} below. Prints usage when run without a subcommand.
 */
@Command(name = "securityir",
        mixinStandardHelpOptions = true,
        versionProvider = SecurityIrCli.Version.class,
        description = "Declarative control of AWS Security Incident Response case status.",
        subcommands = {EmulatorCommand.class})
public final class SecurityIrCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Supplies {@code --version} from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"securityir " + BuildInfo.version()};
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Builds the command line with every subcommand (also used by tests). */
    public static CommandLine commandLine() {
        return new CommandLine(new SecurityIrCli());
    }

    /** Runs the command and exits with its status (0 ok, 1 failure, 2 usage error). */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
