package org.flopsheet.engine.dist;

/** An input of a sheet written as a distribution; {@code slot} is its place in evaluation arrays. */
public record UncertainInput(String name, int slot, Distribution distribution) {}
