package org.flopsheet.xlsx;

import org.apache.poi.ss.usermodel.Sheet;

/** Print set-up: landscape, as many pages down as needed but one page wide, so a printout or PDF reads like the screen. */
final class Printing {
    private Printing() {}

    static void onePageWide(Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
