package dev.ucprov.core.effective;

/**
 * A parameter present in a file the phone reads but not applied, with the reason (for {@code
 * device.*}: {@code device.set} is not {@code 1}, or its own {@code .set} flag is not {@code 1}).
 */
public record NotApplied(String name, String value, String source, int line, String reason) {}
