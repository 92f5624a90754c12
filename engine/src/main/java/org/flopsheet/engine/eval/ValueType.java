package org.flopsheet.engine.eval;

/** The static type of a formula: numbers, or logical values from comparisons, AND, OR, NOT. */
public enum ValueType { NUMBER, BOOLEAN }
