package nngt.workbench.ui.views;

import org.eclipse.swt.graphics.RGB;

/** The colours that the plots give to groups: Okabe and Ito's colour-blind-safe palette, repeated. */
public final class GroupColours {

    private static final RGB[] PALETTE = {
        new RGB(0, 114, 178), new RGB(213, 94, 0), new RGB(0, 158, 115), new RGB(204, 121, 167),
        new RGB(230, 159, 0), new RGB(86, 180, 233), new RGB(240, 228, 66), new RGB(0, 0, 0),
    };

    private GroupColours() {
    }

    /**
     * @param groupIndex a group's index in its network
     * @return its colour
     */
    public static RGB of(int groupIndex) {
        return PALETTE[Math.floorMod(groupIndex, PALETTE.length)];
    }
}
