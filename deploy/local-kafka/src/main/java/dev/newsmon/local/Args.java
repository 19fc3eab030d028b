package dev.newsmon.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.newsmon.local.Tools.UsageException;

/** Minimal option parsing: {@code --name value}, boolean flags, and positional arguments. */
final class Args {

    final Map<String, String> options = new LinkedHashMap<>();
    final List<String> positional = new ArrayList<>();

    static Args parse(List<String> args, Set<String> valued, Set<String> flags) {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg;
                String inlineValue = null;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    inlineValue = arg.substring(eq + 1);
                }
                if (flags.contains(name)) {
                    parsed.options.put(name, "true");
                } else if (valued.contains(name)) {
                    String value = inlineValue;
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    parsed.options.put(name, value);
                } else {
                    throw new UsageException("unknown option " + name);
                }
            } else {
                parsed.positional.add(arg);
            }
        }
        return parsed;
    }

    String get(String name) {
        return options.get(name);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    int intOption(String name, int defaultValue) {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, got '" + value + "'");
        }
    }
}
