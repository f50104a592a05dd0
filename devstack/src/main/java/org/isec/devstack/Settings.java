package org.isec.devstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} command-line options of a dev-stack process, each with a default. */
final class Settings {

    private final Map<String, String> values = new HashMap<>();

    private Settings(String[] args) {
        for (var arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got: " + arg);
            }
            var eq = arg.indexOf('=');
            values.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
    }

    static Settings of(String[] args) {
        return new Settings(args);
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int port(String name, int fallback) {
        var value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a port number, got: " + value);
        }
    }

    Path path(String name, String fallback) {
        return Path.of(text(name, fallback)).toAbsolutePath();
    }
}
