package org.flopsheet.xlsx.charts;

/** Where a chart sits on a worksheet: its top-left cell (0-based) and its size in columns and rows. */
public record ChartArea(int column, int row, int columns, int rows) {}
