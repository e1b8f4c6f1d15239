package fi.vuoro.hardware.diagnostics;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code command --name value ...}, checked against the options the command accepts. */
record CommandLine(String command, Map<String, String> options, boolean help) {

    static CommandLine parse(String[] args) {
        if (args.length == 0) return new CommandLine("", Map.of(), true);
        var options = new HashMap<String, String>();
        boolean help = false;
        String command = args[0];
        if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
            return new CommandLine(args.length > 1 ? args[1] : "", Map.of(), true);
        }
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("--") && arg.length() > 2) {
                if (i + 1 >= args.length) throw new UsageException("option " + arg + " needs a value");
                options.put(arg.substring(2), args[++i]);
            } else {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        return new CommandLine(command, Map.copyOf(options), help);
    }

    void allowOnly(Set<String> names) {
        for (String name : options.keySet()) {
            if (!names.contains(name)) throw new UsageException(command + " takes no option --" + name);
        }
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) throw new UsageException(command + " needs --" + name);
        return value;
    }

    String optional(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback, List<Integer> allowed) {
        String value = options.get(name);
        if (value == null) return fallback;
        try {
            int n = Integer.parseInt(value);
            if (!allowed.isEmpty() && !allowed.contains(n)) {
                throw new UsageException("--" + name + " must be one of " + allowed + ", not " + value);
            }
            if (n <= 0) throw new UsageException("--" + name + " must be positive");
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not '" + value + "'");
        }
    }

    /** {@code --seconds N}: how long a watching command runs; absent means until interrupted. */
    Duration runFor() {
        int seconds = integer("seconds", Integer.MAX_VALUE, List.of());
        return seconds == Integer.MAX_VALUE ? null : Duration.ofSeconds(seconds);
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
