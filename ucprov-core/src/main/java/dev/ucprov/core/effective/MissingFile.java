package dev.ucprov.core.effective;

/**
 * A file the phone asks for that the tree does not have.
 *
 * @param path the path asked for (a tree path, or a URL with any password shown as {@code ***})
 * @param role what it is for: {@code master}, {@code config}, {@code override-phone}, {@code
 *     override-web}, ...
 * @param consequence what a real phone does about it, for people
 */
public record MissingFile(String path, String role, String consequence) {}
